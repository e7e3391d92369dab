//! The one error type that crosses IPC. A command returning `Err(IpcError)` makes the front end's
//! `invoke` promise reject with `{ kind, message }`, which `ui/src/lib/api` turns into an `ApiError`.

use serde::Serialize;

/// `kind` is a stable machine-readable code the UI may branch on (`"not_found"`, `"validation"`,
/// `"conflict"`, `"internal"`, …); `message` is human-readable English for logs and fallbacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IpcError {
    pub kind: String,
    pub message: String,
}

pub type IpcResult<T> = Result<T, IpcError>;

impl IpcError {
    pub fn new(kind: impl Into<String>, message: impl Into<String>) -> Self {
        Self { kind: kind.into(), message: message.into() }
    }

    /// An error the user cannot act on (I/O failure, bug); the UI shows a generic message.
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new("internal", message)
    }
}

impl std::fmt::Display for IpcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl std::error::Error for IpcError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serializes_as_kind_and_message() {
        let json = serde_json::to_value(IpcError::new("not_found", "no such campaign")).expect("IpcError serializes");
        assert_eq!(json, serde_json::json!({ "kind": "not_found", "message": "no such campaign" }));
    }

    #[test]
    fn internal_has_internal_kind() {
        let error = IpcError::internal("disk full");
        assert_eq!(error.kind, "internal");
        assert_eq!(error.to_string(), "internal: disk full");
    }
}
