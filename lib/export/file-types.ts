/** The file types an export guard looks at: what ESPs export contacts as. */
export const EXPORT_FILE_TYPES = ['csv', 'tsv', 'xlsx', 'zip', 'vcf', 'json'] as const;
export type ExportFileType = (typeof EXPORT_FILE_TYPES)[number];
