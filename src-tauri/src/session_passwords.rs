//! CalDAV passwords kept for this run only, in memory, when the system has no keyring (a desktop without Secret
//! Service): the person chose "use for this session only". Never written to the database, a file or a log; gone
//! when the app closes or the account is removed.

use std::collections::HashMap;
use std::sync::Mutex;

use campaign_desk::sync::Source;

#[derive(Default)]
pub struct SessionPasswords {
    by_account: Mutex<HashMap<i64, String>>,
}

impl SessionPasswords {
    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<i64, String>> {
        // A panic elsewhere while holding it leaves a plain map: nothing half-done to refuse over.
        self.by_account.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn keep(&self, account_id: i64, password: String) {
        self.map().insert(account_id, password);
    }

    pub fn forget(&self, account_id: i64) {
        self.map().remove(&account_id);
    }

    pub fn has(&self, account_id: i64) -> bool {
        self.map().contains_key(&account_id)
    }

    /// The password of one account, as the core's `given` (the keyring is asked when there is none).
    pub fn get(&self, account_id: i64) -> Option<(String, Source)> {
        self.map().get(&account_id).map(|p| (p.clone(), Source::Session))
    }

    /// A copy for a run on another thread.
    pub fn snapshot(&self) -> HashMap<i64, String> {
        self.map().clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_is_kept_per_account_until_forgotten() {
        let p = SessionPasswords::default();
        p.keep(1, "s3cret".into());
        assert_eq!(p.get(1), Some(("s3cret".to_string(), Source::Session)));
        assert_eq!(p.get(2), None);
        assert!(p.has(1));
        p.forget(1);
        assert!(!p.has(1));
        assert!(p.snapshot().is_empty());
    }
}
