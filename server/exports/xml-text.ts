/* Server exports: text that XML 1.0 can carry — forbidden control characters and lone surrogates removed, then escaped. */

const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const xmlSafe = (text: string): string => text.replace(NOT_XML, '');

export const escapeXml = (text: string): string =>
  xmlSafe(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
