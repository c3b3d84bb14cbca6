/** One physical line of input, decoded, without its line terminator. */
export interface RawLine {
  /** 1-based line number in the source. */
  lineNo: number;
  text: string;
}
