/* Ontology: the one rule for a CSV cell a spreadsheet might run as a formula, shared by the server's and the web's CSV files. */

/** = + - @ tab CR LF NUL at the start of a cell make a spreadsheet read it as a formula: such text gets a leading quote. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r\n\0]/.test(text) ? `'${text}` : text;
}
