import type { ReactNode } from 'react';

export function SuccessBanner({ children }: { children: ReactNode }) {
  return (
    <div className="banner banner--success" role="status">
      {children}
    </div>
  );
}

export function Warning({ children }: { children: ReactNode }) {
  return (
    <div className="warning">
      <span className="warning__icon" aria-hidden="true">
        !
      </span>
      <strong className="warning__text">
        <span className="visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}
