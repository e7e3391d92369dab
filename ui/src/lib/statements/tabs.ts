// The statement page's tabs beyond Text, Review and Revisions (Translations, Endorsements …) are components
// taking these props: the loaded statement, and `onchanged` to call after a write so the page reloads.
import type { StatementDetail } from '../bindings/StatementDetail';

export type StatementTabProps = { detail: StatementDetail; onchanged: () => void };
