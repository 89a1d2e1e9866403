import { sectionId } from './section';

/**
 * Links to the profile's sections. Routes live in the hash, so these move focus to the
 * section's heading instead of changing the URL.
 */
export function Contents({ sections }: { sections: [string, string][] }) {
  return (
    <nav className="contents" aria-label="Sections of this profile">
      <h2 className="contents__title">On this page</h2>
      <ul>
        {sections.map(([name, title]) => (
          <li key={name}>
            <a
              href={`#${sectionId(name)}`}
              onClick={(e) => {
                e.preventDefault();
                const heading = document.getElementById(`${sectionId(name)}-heading`);
                heading?.scrollIntoView();
                heading?.focus();
              }}
            >
              {title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
