import { ADAPTER_LIST } from './index';

/** Content-script matches, generated from the adapters so the manifest and adapters cannot disagree. */
export const ESP_MATCHES: string[] = [...new Set(ADAPTER_LIST.flatMap((a) => a.matches))];

/** Host permissions are exactly the ESP hosts; self-hosted ESPs use optional permissions. */
export const ESP_HOST_PERMISSIONS: string[] = ESP_MATCHES;
