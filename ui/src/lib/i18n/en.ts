// The English catalogue, and the reference for every other: its keys are the valid `MessageKey`s.
// Keys are grouped by area; `{name}` is filled from params; an object picks a plural form by `count`.
export const en = {
  'app.name': 'Campaign Desk',
  'app.version': 'Version {version}',
  'app.versionUnavailable': 'Version unavailable',

  'nav.label': 'Areas',
  'nav.home': 'Campaign Desk home',
  'nav.calendar': 'Calendar',
  'nav.campaigns': 'Campaigns',
  'nav.statements': 'Statements',
  'nav.organisations': 'Organisations',
  'nav.settings': 'Settings',
  'nav.shortcut': 'Ctrl+{key}',
  'nav.shortcutMac': '⌘{key}',

  'comingSoon.badge': 'Coming soon',

  'welcome.title': 'Welcome to Campaign Desk',
  'welcome.lead':
    'Plan actions, keep track of partner organisations and prepare joint statements — everything stays on this computer and works offline.',
  'welcome.startHeading': 'Where to start',
  'welcome.organisations': 'Add the organisations in your alliance and the people you work with.',
  'welcome.campaigns': 'Set up a campaign and the actions, meetings and deadlines that belong to it.',
  'welcome.calendar': 'See everything that is coming up, across all campaigns.',
  'welcome.tip': 'Tip: {first} to {last} switch between areas from anywhere.',

  'calendar.title': 'Calendar',
  'calendar.subtitle': 'Actions, meetings and deadlines across all campaigns.',
  'calendar.soon':
    'A shared calendar of everything your alliance has planned is on its way. Until then, dates live with each campaign.',

  'campaigns.title': 'Campaigns',
  'campaigns.subtitle': 'The campaigns your alliance runs, with their goals and timelines.',
  'campaigns.emptyTitle': 'No campaigns yet',
  'campaigns.emptyBody': 'Campaigns you create will be listed here.',

  'statements.title': 'Statements',
  'statements.subtitle': 'Joint statements, press releases and open letters.',
  'statements.soon':
    'Drafting statements and collecting signatures from partner organisations is on its way.',

  'organisations.title': 'Organisations',
  'organisations.subtitle': 'Member and partner organisations, and how to reach them.',
  'organisations.emptyTitle': 'No organisations yet',
  'organisations.emptyBody': 'Organisations you add will be listed here.',

  'settings.title': 'Settings',
  'settings.subtitle': 'How Campaign Desk looks and behaves on this computer.',
  'settings.regionHeading': 'Language and region',
  'settings.language': 'Language',
  'settings.dateExample': 'Dates are shown as',
  'settings.appearanceHeading': 'Appearance',
  'settings.theme': 'Theme',
  'settings.themeSystem': 'Follows your system (light or dark)',
} as const;
