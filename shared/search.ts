/** Folding for name search: any letter case, accents ignored ("elodie" finds "Élodie"). */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB');
}
