import type { JSX } from 'react';

/** Small stroke icons for the toolbar; they take the button's text colour so both themes work. */
function Icon({ children }: { children: JSX.Element | JSX.Element[] }): JSX.Element {
  return (
    <svg
      className="md-toolbar__icon"
      viewBox="0 0 20 20"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export const BulletListIcon = (): JSX.Element => (
  <Icon>
    <circle cx="4" cy="5" r="1" fill="currentColor" />
    <circle cx="4" cy="10" r="1" fill="currentColor" />
    <circle cx="4" cy="15" r="1" fill="currentColor" />
    <path d="M8 5h9M8 10h9M8 15h9" />
  </Icon>
);

export const NumberedListIcon = (): JSX.Element => (
  <Icon>
    <path d="M3 3.5h1.2v4M3 7.5h2.4M2.8 12.2c.3-.6 1.9-.8 2 .2.1.9-2 1.6-2 2.8h2.2" strokeWidth="1.2" />
    <path d="M8 5h9M8 10h9M8 15h9" />
  </Icon>
);

export const ChecklistIcon = (): JSX.Element => (
  <Icon>
    <rect x="2.5" y="2.5" width="5" height="5" rx="1" />
    <path d="M3.8 5l1 1 1.6-1.8" />
    <rect x="2.5" y="12.5" width="5" height="5" rx="1" />
    <path d="M10 5h7M10 15h7" />
  </Icon>
);

export const QuoteIcon = (): JSX.Element => (
  <Icon>
    <path d="M4 4v12" strokeWidth="2.2" />
    <path d="M8.5 6h8M8.5 10h8M8.5 14h5" />
  </Icon>
);

export const CodeBlockIcon = (): JSX.Element => (
  <Icon>
    <rect x="2.5" y="3" width="15" height="14" rx="2" />
    <path d="M8 8l-2 2 2 2M12 8l2 2-2 2" />
  </Icon>
);

export const InlineCodeIcon = (): JSX.Element => (
  <Icon>
    <path d="M7 6l-4 4 4 4M13 6l4 4-4 4" />
  </Icon>
);

export const LinkIcon = (): JSX.Element => (
  <Icon>
    <path d="M8.5 11.5a3 3 0 0 0 4.2 0l2.8-2.8a3 3 0 0 0-4.2-4.2l-1 1" />
    <path d="M11.5 8.5a3 3 0 0 0-4.2 0l-2.8 2.8a3 3 0 0 0 4.2 4.2l1-1" />
  </Icon>
);

export const UndoIcon = (): JSX.Element => (
  <Icon>
    <path d="M7 5L3.5 8.5 7 12" />
    <path d="M4 8.5h8a4.5 4.5 0 0 1 0 9H9" />
  </Icon>
);

export const RedoIcon = (): JSX.Element => (
  <Icon>
    <path d="M13 5l3.5 3.5L13 12" />
    <path d="M16 8.5H8a4.5 4.5 0 0 0 0 9h3" />
  </Icon>
);
