/**
 * Where a lesson lives, relative to the extension root. Extension pages link to it as is; the
 * background or the export guard opens it with `browser.tabs.create({ url: browser.runtime.getURL(lessonPath(id)) })`.
 */
export const lessonPath = (id: string) => `lesson.html?id=${encodeURIComponent(id)}`;
export const LESSON_INDEX_PATH = 'lesson.html';
export const RECORD_PATH = 'record.html';
