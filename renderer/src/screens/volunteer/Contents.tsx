import { sectionId } from './section';

/** Moves focus to a section's heading, opening the fold it sits in (the recruitment stages) so it can be read. */
export function goToSection(name: string) {
  const heading = document.getElementById(`${sectionId(name)}-heading`);
  const fold = heading?.closest('details');
  if (fold) fold.open = true;
  heading?.scrollIntoView();
  heading?.focus();
}

/**
 * Links to the profile's sections. Routes live in the hash, so these move focus to the
 * section's heading instead of changing the URL.
 */
export function Contents({ sections, label = 'Sections of this profile' }: { sections: [string, string][]; label?: string }) {
  return (
    <nav className="contents" aria-label={label}>
      <h2 className="contents__title">On this page</h2>
      <ul>
        {sections.map(([name, title]) => (
          <li key={name}>
            <a
              href={`#${sectionId(name)}`}
              onClick={(e) => {
                e.preventDefault();
                goToSection(name);
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
