import { ADAPTER_LIST } from './index';

export const ESP_NAMES: string[] = ADAPTER_LIST.map((a) => a.name);
