import type { ReactNode } from 'react';
import { sectionId } from './section';

/**
 * The recruitment stages not being worked on, folded behind one disclosure: the whole
 * history once approved, the other stages before. `open` opens it when a save inside
 * needs its message seen; otherwise the coordinator opens and closes it.
 */
export function RecruitmentFold({ title, hint, open, children }: { title: string; hint: string; open: boolean; children: ReactNode }) {
  return (
    <details className="stage-fold" id={sectionId('recruitment')} open={open || undefined}>
      <summary id={`${sectionId('recruitment')}-heading`}>
        {title}
        <span className="stage-fold__hint">{hint}</span>
      </summary>
      {children}
    </details>
  );
}
