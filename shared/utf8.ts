/** UTF-8 text, or null when the bytes are not valid UTF-8: bad bytes are refused, never silently replaced. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export const NOT_UTF8 = 'The file is not UTF-8 text, so nothing was imported. Save it as UTF-8 (in Excel or Notepad, "Save as" with UTF-8) and try again.';
