import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchResults } from '../../../shared/contract';
import { api } from '../api';
import { navigate } from '../route';
import { foundInWords, groupsOf, HeaderSearchResults, type FoundOption } from './HeaderSearchResults';
import { useTypedSearch } from '../useDebounced';

const LIST_ID = 'header-search-results';

/** Where a typed "/" is text, not the shortcut. */
function typingIn(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  return element instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(element.type);
}

/**
 * The search box in the header (Ctrl+K, or "/" outside a text field): volunteers, young
 * people, matches and referrals by name, email, phone, postcode or case reference, as a
 * combobox. Arrow keys move through what is found, Enter opens it, Escape closes the list
 * and puts the focus back where it was before the shortcut.
 */
export function HeaderSearch() {
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const found = useTypedSearch(text, (words) => api.searchEverything({ text: words }));
  // A new answer: nothing in it is chosen yet.
  const [seen, setSeen] = useState(found);
  if (found !== seen) {
    setSeen(found);
    setActiveId(null);
  }
  // The last answer stays in view while newer words are on their way, so the list does not flicker.
  const answer: { text: string; results: SearchResults } | null = found?.answer.ok ? { text: found.words, results: found.answer.value } : null;
  const failure = found && !found.answer.ok ? found.answer.error.message : null;

  useEffect(() => {
    function onKeyDown(e: globalThis.KeyboardEvent) {
      const ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingIn(document.activeElement);
      if (!ctrlK && !slash) return;
      e.preventDefault();
      if (document.activeElement !== input.current) returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      input.current?.focus();
      input.current?.select();
      setOpen(true);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const groups = answer ? groupsOf(answer.results) : null;
  const options = groups?.flatMap((g) => g.options) ?? [];
  const shown = open && text.trim() !== '' && (groups !== null || failure !== null);

  function close(restoreFocus: boolean) {
    setOpen(false);
    setActiveId(null);
    if (restoreFocus && returnTo.current?.isConnected) returnTo.current.focus();
    returnTo.current = null;
  }

  function openOption(option: FoundOption) {
    setText('');
    returnTo.current = null;
    close(false);
    navigate(option.href.slice(1));
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const at = options.findIndex((o) => o.id === activeId);
    const move = (to: number) => {
      e.preventDefault();
      setOpen(true);
      if (options.length) setActiveId(options[(to + options.length) % options.length].id);
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at < 0 ? -1 : at - 1);
    else if (e.key === 'Home' && shown && activeId) move(0);
    else if (e.key === 'End' && shown && activeId) move(-1);
    else if (e.key === 'Enter' && shown && options.length) {
      e.preventDefault();
      openOption(options[Math.max(at, 0)]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (shown) close(true);
      else setText('');
    }
  }

  return (
    <div
      className="header-search"
      role="search"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) close(false);
      }}
    >
      <label className="visually-hidden" htmlFor="header-search">
        Search volunteers, young people, matches and referrals
      </label>
      <input
        ref={input}
        id="header-search"
        className="header-search__input"
        type="text"
        role="combobox"
        aria-expanded={shown && options.length > 0}
        aria-controls={shown && options.length > 0 ? LIST_ID : undefined}
        aria-autocomplete="list"
        aria-activedescendant={shown && activeId ? activeId : undefined}
        aria-describedby="header-search-hint"
        placeholder="Search (Ctrl+K)"
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <span id="header-search-hint" className="visually-hidden">
        By name, email, phone, postcode or case reference. Use the up and down arrows to move through what is found, and Enter to open it.
      </span>
      {/* A live region without the status role: the screens' own status messages keep that role to themselves. */}
      <p id="header-search-count" className="visually-hidden" aria-live="polite" aria-atomic="true">
        {text.trim() && groups ? foundInWords(groups) : ''}
      </p>
      {shown &&
        (failure ? (
          <div className="header-search__panel">
            <p className="error-message" role="alert">
              {failure}
            </p>
          </div>
        ) : (
          groups && answer && <HeaderSearchResults listId={LIST_ID} text={answer.text} groups={groups} activeId={activeId} onOpen={openOption} />
        ))}
    </div>
  );
}
