//! The one error type that crosses IPC is the core's `ErrorReport` (`{kind, message, fields}`): defined there so its
//! TypeScript binding is generated with the others. A rejected `invoke` promise carries it; `ui/src/lib/api` turns it
//! into an `ApiError`.

pub use campaign_desk::wire::ErrorReport as IpcError;

pub type IpcResult<T> = Result<T, IpcError>;
