//! Helpers for end-to-end flows that drive the real Campaign Desk window through `tauri-driver`.
//!
//! `scripts/e2e.sh` starts Xvfb and `tauri-driver`, then runs these tests with:
//! - `CAMPAIGN_DESK_APP`: absolute path of the app binary (built with the `custom-protocol` feature);
//! - `WEBDRIVER_URL`: where `tauri-driver` listens, e.g. `http://127.0.0.1:4444`;
//! - `E2E_ARTIFACTS` (optional): where screenshots go, `<repo>/artifacts` by default;
//! - `E2E_DATA_DIR` (optional): a scratch directory; each session then gets its own empty database there,
//!   passed to the app as `--db <file>`, so tests never see each other's data.
//!
//! A flow is an async block given an [`App`]; [`run`] opens the WebDriver session (which launches the
//! app), runs the flow and always closes the session again, also when the flow fails or panics:
//! WebKitWebDriver allows one session at a time, so a leaked one would block every later test.
//!
//! ```ignore
//! #[tokio::test]
//! async fn opens_settings() {
//!     e2e::run(|app| async move {
//!         app.click_testid("nav-settings").await?;
//!         app.wait_for_testid("view-settings").await?;
//!         Ok(())
//!     })
//!     .await;
//! }
//! ```

pub mod calendar_timing;
pub mod feed_server;
/// The core tests' helpers for test servers: started on a free port, waited for by their own word, stopped by PID.
#[path = "../../common/process.rs"]
mod process;
pub mod radicale;

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::error::CmdError;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use futures_util::FutureExt;
use hyper_util::client::legacy::connect::HttpConnector;

/// How long `wait_for_*` helpers poll before giving up.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(10);
/// Time between two polls.
const POLL_EVERY: Duration = Duration::from_millis(100);
/// Opening a session launches the app; with no display it would hang rather than fail.
const SESSION_TIMEOUT: Duration = Duration::from_secs(60);
/// The origin the window serves the embedded UI from (builds with the `custom-protocol` feature).
const APP_ORIGIN: &str = "tauri://localhost";

/// One WebDriver session at a time, also across tests running on parallel threads.
static SESSION: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
/// Numbers the sessions' database files.
static SESSIONS_STARTED: AtomicUsize = AtomicUsize::new(0);

/// Settings read from the environment that `scripts/e2e.sh` sets up.
#[derive(Debug, Clone)]
pub struct Config {
    pub app: PathBuf,
    pub webdriver_url: String,
    pub artifacts: PathBuf,
    pub data_dir: Option<PathBuf>,
}

impl Config {
    pub fn from_env() -> Result<Self> {
        let hint = "run the end-to-end tests through scripts/e2e.sh (or `make test`)";
        let app = std::env::var_os("CAMPAIGN_DESK_APP")
            .map(PathBuf::from)
            .ok_or_else(|| anyhow!("CAMPAIGN_DESK_APP is not set: {hint}"))?;
        if !app.is_absolute() || !app.is_file() {
            bail!(
                "CAMPAIGN_DESK_APP={} is not an absolute path to the app binary (build it with `make app`)",
                app.display()
            );
        }
        let webdriver_url = std::env::var("WEBDRIVER_URL").map_err(|_| anyhow!("WEBDRIVER_URL is not set: {hint}"))?;
        let artifacts = std::env::var_os("E2E_ARTIFACTS")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts"));
        let data_dir = std::env::var_os("E2E_DATA_DIR").filter(|d| !d.is_empty()).map(PathBuf::from);
        Ok(Self { app, webdriver_url, artifacts, data_dir })
    }
}

/// Runs `flow` against a freshly launched app and closes the session afterwards, whatever happened.
/// Panics (failing the test) if the app cannot be launched or the flow fails; on failure it first saves
/// `artifacts/screenshots/failed-<test name>.png`.
pub async fn run<F, Fut>(flow: F)
where
    F: FnOnce(App) -> Fut,
    Fut: Future<Output = Result<()>>,
{
    run_with_args(Vec::new(), flow).await;
}

/// Like [`run`], with the app opening the database file `db` (`--db <file>`) instead of a new one per
/// session. Use [`fresh_db`] for a file no other flow touches, and the same path again to relaunch on what a
/// previous session saved.
pub async fn run_on_db<F, Fut>(db: &Path, flow: F)
where
    F: FnOnce(App) -> Fut,
    Fut: Future<Output = Result<()>>,
{
    run_with_args(vec!["--db".to_owned(), db.display().to_string()], flow).await;
}

/// A path for a database file that does not exist yet, in a directory of its own under `E2E_DATA_DIR` (which
/// `scripts/e2e.sh` removes afterwards) or else the system temp dir; removed first if a previous run left it
/// behind. The app creates the file when it opens it.
pub fn fresh_db(name: &str) -> PathBuf {
    let base = std::env::var_os("E2E_DATA_DIR").filter(|d| !d.is_empty()).map(PathBuf::from);
    let dir = base.unwrap_or_else(std::env::temp_dir).join(format!("campaign-desk-e2e-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(error) = std::fs::create_dir_all(&dir) {
        panic!("creating {}: {error}", dir.display());
    }
    dir.join("campaign-desk.sqlite3")
}

/// Like [`run`], with these command-line arguments for the app instead of the harness's `--db` (give `--db` too:
/// see [`fresh_db`]), e.g. a file to open as the file manager would.
pub async fn run_with_args<F, Fut>(args: Vec<String>, flow: F)
where
    F: FnOnce(App) -> Fut,
    Fut: Future<Output = Result<()>>,
{
    let _one_at_a_time = SESSION.lock().await;
    let app = match App::launch_with_args(args).await {
        Ok(app) => app,
        Err(error) => panic!("could not start the app: {error:#}"),
    };
    let outcome = AssertUnwindSafe(flow(app.clone())).catch_unwind().await;
    if !matches!(outcome, Ok(Ok(()))) {
        let name = format!("failed-{}", test_name());
        if let Err(error) = app.screenshot(&name).await {
            eprintln!("e2e: no failure screenshot: {error:#}");
        }
    }
    let closed = app.close().await;
    match outcome {
        Err(panic) => std::panic::resume_unwind(panic),
        Ok(Err(error)) => panic!("{error:#}{}", webdriver_status(&error)),
        Ok(Ok(())) => {
            if let Err(error) = closed {
                panic!("closing the WebDriver session: {error:#}");
            }
        }
    }
}

/// The WebDriver status code behind a failure, if WebDriver refused a command: its message alone is sometimes empty.
fn webdriver_status(error: &anyhow::Error) -> String {
    match error.chain().find_map(|cause| cause.downcast_ref::<CmdError>()) {
        Some(CmdError::Standard(refusal)) => format!(" (WebDriver status: {:?})", refusal.error),
        Some(other) => format!(" (WebDriver: {other:?})"),
        None => String::new(),
    }
}

/// Whether WebDriver refused a command with an empty message. WebKitWebDriver now and then does so right after a
/// dialog closed or the window was resized (CI saw it on clicks, and once on a command the walk gave no context to);
/// it says nothing about the page, so [`App::again`] sends such a command again.
fn is_empty_refusal(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        matches!(cause.downcast_ref::<CmdError>(), Some(CmdError::Standard(refusal)) if refusal.message.trim().is_empty())
    })
}

/// Name of the running test (libtest names each test's thread after it).
fn test_name() -> String {
    let thread = std::thread::current();
    let name = thread.name().unwrap_or("test");
    name.rsplit("::").next().unwrap_or(name).to_owned()
}

/// The running app, seen through WebDriver. Cheap to clone: clones share one session.
#[derive(Clone)]
pub struct App {
    client: Client,
    config: Config,
    db_path: Option<PathBuf>,
    /// Where [`App::answer_file_dialog`] leaves the next "choose a file" dialog's answer (`--dialog-answers`).
    dialog_answer: PathBuf,
}

impl App {
    /// Opens a WebDriver session, which makes tauri-driver launch the app, and checks that the window
    /// shows the embedded UI. Prefer [`run`], which also closes the session.
    pub async fn launch() -> Result<Self> {
        Self::launch_with_args(Vec::new()).await
    }

    /// [`App::launch`] with command-line arguments for the app (e.g. `--db <file>`).
    pub async fn launch_with_args(args: Vec<String>) -> Result<Self> {
        let config = Config::from_env()?;
        let session = SESSIONS_STARTED.fetch_add(1, Ordering::SeqCst) + 1;
        let db_path = config.data_dir.as_ref().map(|dir| dir.join(format!("{}-{session}.sqlite3", test_name())));
        // Arguments given by the flow (e.g. `--db` to relaunch on a file a previous session wrote) win.
        let mut args: Vec<String> = match &db_path {
            Some(path) if args.is_empty() => vec!["--db".into(), path.display().to_string()],
            _ => args,
        };
        // The flows call file commands (ics_import, statement_export …) without the dialogs that would record the
        // person's pick (src-tauri/src/file_access.rs): the scratch folders and the fixtures are allowed instead.
        let scratch = config.data_dir.clone().unwrap_or_else(std::env::temp_dir);
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
        let dialog_answer = scratch.join(format!("{}-{session}.dialog-answer", test_name()));
        for dir in [scratch, fixtures] {
            args.extend(["--allow-files".to_owned(), dir.display().to_string()]);
        }
        // A new database would be encrypted by default, and with no keyring here (the app has no session bus) the
        // window would first ask how to protect it: the flows start on a plain one, as before, unless they give
        // `--new-database` themselves (tests/encryption.rs).
        if !args.iter().any(|a| a == "--new-database") {
            args.extend(["--new-database".to_owned(), "plain".to_owned()]);
        }
        args.extend(["--dialog-answers".to_owned(), dialog_answer.display().to_string()]);
        let mut capabilities = serde_json::Map::new();
        // tauri:options must be in alwaysMatch (fantoccini puts everything there); in firstMatch the driver
        // would quietly open its own browser instead of the app.
        capabilities.insert("browserName".into(), "wry".into());
        capabilities.insert("tauri:options".into(), serde_json::json!({ "application": config.app, "args": args }));
        // One more try when the first fails: on a loaded machine the app has once failed to initialise GTK and
        // exited at once, leaving the driver waiting (seen in a CI-like run; the next launch worked).
        let mut attempt = 0;
        let client = loop {
            attempt += 1;
            let mut builder = ClientBuilder::new(HttpConnector::new());
            builder.capabilities(capabilities.clone());
            let connecting = builder.connect(&config.webdriver_url);
            let outcome = tokio::time::timeout(SESSION_TIMEOUT, connecting)
                .await
                .map_err(|_| {
                    anyhow!(
                        "no WebDriver session from {} within {SESSION_TIMEOUT:?} (is DISPLAY set for tauri-driver?)",
                        config.webdriver_url
                    )
                })
                .and_then(|r| {
                    r.with_context(|| {
                        format!("opening a WebDriver session at {} for {}", config.webdriver_url, config.app.display())
                    })
                });
            match outcome {
                Ok(client) => break client,
                Err(error) if attempt < 2 => eprintln!("e2e: the app did not start ({error:#}); trying once more"),
                Err(error) => return Err(error),
            }
        };
        let app = Self { client, config, db_path, dialog_answer };
        if let Err(error) = app.check_origin().await {
            let _ = app.client.clone().close().await;
            return Err(error);
        }
        // Every session shares one WebKit data folder: the calendar's remembered zone and view, the statement
        // meter's platform and the drafts of unsaved forms (localStorage, read when the calendar, a statement or a
        // form opens) would carry from one test into the next.
        let forget =
            "localStorage.removeItem('campaign-desk.calendar'); localStorage.removeItem('campaign-desk.meter'); \
             ['clock', 'weekStart', 'devLocales'].forEach((k) => localStorage.removeItem(`campaign-desk.${k}`)); \
             Object.keys(localStorage).filter((k) => k.startsWith('campaign-desk:form-draft:')) \
             .forEach((k) => localStorage.removeItem(k));";
        if let Err(error) = app.client.execute(forget, vec![]).await {
            let _ = app.client.clone().close().await;
            return Err(error.into());
        }
        Ok(app)
    }

    /// Fails fast, with a clear message, when the window does not show the UI embedded in the binary.
    async fn check_origin(&self) -> Result<()> {
        let deadline = Instant::now() + DEFAULT_WAIT;
        loop {
            let url = self.client.current_url().await.context("reading the page URL")?;
            if url.as_str().starts_with(APP_ORIGIN) {
                return Ok(());
            }
            // The webview may sit on about:blank for a moment before loading the app.
            if url.as_str() != "about:blank" || Instant::now() >= deadline {
                bail!(
                    "the window shows {url}, not {APP_ORIGIN}: the app was probably built without the \
                     `custom-protocol` feature, so it loads the Vite dev server instead of ui/dist \
                     (build it with `make app`)"
                );
            }
            tokio::time::sleep(POLL_EVERY).await;
        }
    }

    /// Ends the session; tauri-driver then closes the app.
    pub async fn close(self) -> Result<()> {
        self.client.close().await.context("closing the WebDriver session")
    }

    /// The database file of this session (`--db`), when `E2E_DATA_DIR` is set.
    pub fn db_path(&self) -> Option<&Path> {
        self.db_path.as_deref()
    }

    /// The underlying WebDriver client, for anything the helpers do not cover.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Polls `check` until it yields `Some`, for at most [`DEFAULT_WAIT`]; `what` names the wait in errors.
    pub async fn wait_until<T, F, Fut>(&self, what: &str, mut check: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<Option<T>>>,
    {
        let deadline = Instant::now() + DEFAULT_WAIT;
        let mut last_error = None;
        loop {
            match check().await {
                Ok(Some(value)) => return Ok(value),
                Ok(None) => {}
                Err(error) => last_error = Some(error),
            }
            if Instant::now() >= deadline {
                let cause = last_error.map(|e| format!(" (last error: {e:#})")).unwrap_or_default();
                bail!("timed out after {DEFAULT_WAIT:?} waiting for {what}{cause}");
            }
            tokio::time::sleep(POLL_EVERY).await;
        }
    }

    /// The element with `data-testid="<testid>"` once it is present and visible.
    pub async fn wait_for_testid(&self, testid: &str) -> Result<Element> {
        let selector = testid_selector(testid);
        self.wait_until(&format!("[data-testid={testid:?}] to be visible"), || async {
            let Some(element) = self.client.find_all(Locator::Css(&selector)).await?.into_iter().next() else {
                return Ok(None);
            };
            Ok(element.is_displayed().await?.then_some(element))
        })
        .await
    }

    /// Runs a command that may safely be sent twice (a read, a scroll, setting a value), again for up to two seconds
    /// while WebDriver refuses it with an empty message (see [`is_empty_refusal`]); any other error fails at once,
    /// with `what` as its context.
    pub async fn again<T, F, Fut>(&self, what: &str, mut command: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let deadline = Instant::now() + Duration::from_secs(2);
        loop {
            match command().await {
                Ok(value) => return Ok(value),
                Err(error) if is_empty_refusal(&error) && Instant::now() < deadline => {
                    tokio::time::sleep(POLL_EVERY).await;
                }
                Err(error) => return Err(error).context(what.to_owned()),
            }
        }
    }

    /// Runs a script in the page (see [`App::again`]: it must be safe to run twice).
    pub async fn script(&self, script: &str, args: Vec<serde_json::Value>) -> Result<serde_json::Value> {
        self.again(&format!("running {script:?}"), || async { Ok(self.client.execute(script, args.clone()).await?) })
            .await
    }

    /// Whether an element with this test id is in the page right now (no waiting).
    pub async fn has_testid(&self, testid: &str) -> Result<bool> {
        let selector = testid_selector(testid);
        let found = self
            .again(&format!("looking for [data-testid={testid:?}]"), || async {
                Ok(self.client.find_all(Locator::Css(&selector)).await?)
            })
            .await?;
        Ok(!found.is_empty())
    }

    /// Clicks the element with this test id. WebKitWebDriver now and then refuses a click with an empty error
    /// while a dialog closed just before is still going away (the walk failed so, in CI, once in several runs): that
    /// one error is tried again for up to two seconds — unless the element is gone, which means the click took
    /// effect. Any other error fails at once.
    pub async fn click_testid(&self, testid: &str) -> Result<()> {
        let deadline = Instant::now() + Duration::from_secs(2);
        loop {
            let element = self.scrolled_into_view(testid).await?;
            match element.click().await.map_err(anyhow::Error::from) {
                Ok(()) => return Ok(()),
                Err(error) if is_empty_refusal(&error) && Instant::now() < deadline => {
                    tokio::time::sleep(POLL_EVERY).await;
                    if !self.has_testid(testid).await? {
                        return Ok(());
                    }
                }
                Err(error) => return Err(error).with_context(|| format!("clicking [data-testid={testid:?}]")),
            }
        }
    }

    /// Replaces the content of an input or textarea.
    pub async fn fill_testid(&self, testid: &str, text: &str) -> Result<()> {
        let element = self.wait_for_testid(testid).await?;
        element.clear().await.with_context(|| format!("clearing [data-testid={testid:?}]"))?;
        if text.is_empty() {
            return Ok(()); // WebDriver refuses to type nothing
        }
        element.send_keys(text).await.with_context(|| format!("typing into [data-testid={testid:?}]"))
    }

    /// The visible text of an element, trimmed.
    pub async fn text_of(&self, testid: &str) -> Result<String> {
        let element = self.wait_for_testid(testid).await?;
        let text = element.text().await.with_context(|| format!("reading [data-testid={testid:?}]"))?;
        Ok(text.trim().to_owned())
    }

    /// The text of an element once it is not empty (for content that arrives over IPC).
    pub async fn wait_for_text(&self, testid: &str) -> Result<String> {
        self.wait_until(&format!("[data-testid={testid:?}] to have text"), || async {
            let text = self.text_of(testid).await?;
            Ok((!text.is_empty()).then_some(text))
        })
        .await
    }

    /// The element with this test id, scrolled to the middle of the window (so no sticky bar covers it).
    pub async fn scrolled_into_view(&self, testid: &str) -> Result<Element> {
        let element = self.wait_for_testid(testid).await?;
        let arg = serde_json::to_value(&element)?;
        self.again(&format!("scrolling to [data-testid={testid:?}]"), || async {
            Ok(self.client.execute("arguments[0].scrollIntoView({ block: 'center' });", vec![arg.clone()]).await?)
        })
        .await?;
        Ok(element)
    }

    /// Picks the `<option>` with this `value` in the `<select>` with this test id.
    pub async fn select_value(&self, testid: &str, value: &str) -> Result<()> {
        let select = self.scrolled_into_view(testid).await?;
        select.select_by_value(value).await.with_context(|| format!("choosing {value:?} in [data-testid={testid:?}]"))
    }

    /// Picks the `index`th `<option>` (0-based) in the `<select>` with this test id.
    pub async fn select_index(&self, testid: &str, index: usize) -> Result<()> {
        let select = self.scrolled_into_view(testid).await?;
        select
            .select_by_index(index)
            .await
            .with_context(|| format!("choosing option {index} in [data-testid={testid:?}]"))
    }

    /// The trimmed texts of every element with this test id, in page order (no waiting).
    pub async fn texts_of_all(&self, testid: &str) -> Result<Vec<String>> {
        let selector = testid_selector(testid);
        self.again(&format!("reading every [data-testid={testid:?}]"), || async {
            let mut texts = Vec::new();
            for element in self.client.find_all(Locator::Css(&selector)).await? {
                texts.push(element.text().await?.trim().to_owned());
            }
            Ok(texts)
        })
        .await
    }

    /// Waits until at least `count` elements with this test id are present; returns how many there are.
    pub async fn wait_for_count(&self, testid: &str, count: usize) -> Result<usize> {
        self.wait_until(&format!("{count} × [data-testid={testid:?}]"), || async {
            let found = self.client.find_all(Locator::Css(&testid_selector(testid))).await?.len();
            Ok((found >= count).then_some(found))
        })
        .await
    }

    /// Clicks the first element with this test id whose text contains `text`. Matches on the DOM text
    /// (`textContent`): WebKitWebDriver's "visible text" leaves out some ellipsised spans that are on screen.
    pub async fn click_testid_with_text(&self, testid: &str, text: &str) -> Result<()> {
        let selector = testid_selector(testid);
        let script = "const [selector, text] = arguments; \
                      const found = [...document.querySelectorAll(selector)]; \
                      const hit = found.findIndex((e) => e.textContent.includes(text)); \
                      return hit >= 0 ? hit : found.map((e) => e.textContent.trim());";
        let element = self
            .wait_until(&format!("[data-testid={testid:?}] containing {text:?}"), || async {
                let answer = self.client.execute(script, vec![selector.clone().into(), text.into()]).await?;
                let Some(index) = answer.as_u64() else {
                    bail!("found {answer}"); // reported as the last error if the wait times out
                };
                let all = self.client.find_all(Locator::Css(&selector)).await?;
                Ok(usize::try_from(index).ok().and_then(|i| all.into_iter().nth(i)))
            })
            .await?;
        let arg = serde_json::to_value(&element)?;
        let what = format!("clicking [data-testid={testid:?}] {text:?}");
        self.script("arguments[0].scrollIntoView({ block: 'center' });", vec![arg]).await.context(what.clone())?;
        self.again(&what, || async { Ok(element.clone().click().await?) }).await
    }

    /// Makes the next "choose a file" dialog answer `path` without showing (WebDriver cannot click in a native
    /// dialog; the debug app takes the answer from `--dialog-answers`, src-tauri/src/file_access.rs). Everything
    /// after the pick is the real app.
    pub fn answer_file_dialog(&self, path: &Path) -> Result<()> {
        std::fs::write(&self.dialog_answer, path.display().to_string())
            .with_context(|| format!("writing {}", self.dialog_answer.display()))
    }

    /// Presses Escape (e.g. to close a dialog).
    pub async fn press_escape(&self) -> Result<()> {
        let escape = char::from(Key::Escape);
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: escape })
            .then(KeyAction::Up { value: escape });
        self.client.perform_actions(keys).await.context("pressing Escape")?;
        self.client.release_actions().await.context("releasing keys")
    }

    /// Presses Ctrl together with `key` (e.g. `'2'`), as a keyboard shortcut.
    pub async fn press_ctrl(&self, key: char) -> Result<()> {
        let ctrl = char::from(Key::Control);
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: ctrl })
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key })
            .then(KeyAction::Up { value: ctrl });
        self.client.perform_actions(keys).await.with_context(|| format!("pressing Ctrl+{key}"))?;
        self.client.release_actions().await.context("releasing keys")
    }

    /// Calls an IPC command from the page, as the UI's `call` does (through `__TAURI_INTERNALS__.invoke`), and
    /// returns its result, or its error report as an error. For setting up data a flow is not about.
    pub async fn invoke(&self, command: &str, args: serde_json::Value) -> Result<serde_json::Value> {
        let script = "const [command, args, done] = arguments; \
                      window.__TAURI_INTERNALS__.invoke(command, args).then( \
                        (ok) => done({ ok }), (error) => done({ error }));";
        let reply = self.client.execute_async(script, vec![command.into(), args]).await?;
        match reply.get("error") {
            Some(error) => Err(anyhow!("{command} failed: {error}")),
            None => Ok(reply.get("ok").cloned().unwrap_or(serde_json::Value::Null)),
        }
    }

    /// Waits until no CSS transition or animation is running (e.g. the sidebar highlight fading over).
    pub async fn settle(&self) -> Result<()> {
        let script = "return document.getAnimations().filter((a) => a.playState === 'running').length";
        self.wait_until("animations to finish", || async {
            let running = self.client.execute(script, Vec::new()).await?;
            Ok((running.as_u64() == Some(0)).then_some(()))
        })
        .await
    }

    /// Sets an input's value the way typing would end (an `input` and a `change` event): for fields whose typing is
    /// not what a flow is about (dates given as ISO, which the date fields also read).
    pub async fn set_value(&self, testid: &str, value: &str) -> Result<()> {
        let script = "const [id, value] = arguments; \
                      const input = document.querySelector(`[data-testid=\"${id}\"]`); \
                      input.value = value; \
                      input.dispatchEvent(new Event('input', { bubbles: true })); \
                      input.dispatchEvent(new Event('change', { bubbles: true }));";
        self.script(script, vec![testid.into(), value.into()])
            .await
            .with_context(|| format!("setting [data-testid={testid:?}] to {value:?}"))?;
        Ok(())
    }

    /// The current value of the input with this test id.
    pub async fn value_of(&self, testid: &str) -> Result<String> {
        let element = self.wait_for_testid(testid).await?;
        let value = self
            .again(&format!("reading the value of [data-testid={testid:?}]"), || async {
                Ok(element.prop("value").await?)
            })
            .await?;
        Ok(value.unwrap_or_default())
    }

    /// Waits until the element with this test id lies wholly inside the window, not only somewhere in the page (a
    /// message below the fold of a scrolled dialog is "displayed" to WebDriver, but a person does not see it).
    pub async fn wait_in_view(&self, testid: &str) -> Result<()> {
        let script = "const [id] = arguments; \
                      const r = document.querySelector(`[data-testid=\"${id}\"]`)?.getBoundingClientRect(); \
                      return !!r && r.top >= 0 && r.bottom <= window.innerHeight;";
        self.wait_until(&format!("[data-testid={testid:?}] to be in view"), || async {
            Ok(self.script(script, vec![testid.into()]).await?.as_bool().unwrap_or(false).then_some(()))
        })
        .await
    }

    /// Waits until no element has this test id (a dialog closed).
    pub async fn wait_gone(&self, testid: &str) -> Result<()> {
        self.wait_until(&format!("[data-testid={testid:?}] to go"), || async {
            Ok((!self.has_testid(testid).await?).then_some(()))
        })
        .await
    }

    /// Waits until the button with this test id can be pressed.
    pub async fn wait_enabled(&self, testid: &str) -> Result<()> {
        self.wait_until(&format!("[data-testid={testid:?}] to be enabled"), || async {
            let button = self.wait_for_testid(testid).await?;
            Ok(button.is_enabled().await?.then_some(()))
        })
        .await
    }

    /// Saves a PNG of the window, once animations have finished, to `artifacts/screenshots/<name>.png`
    /// and returns its path.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        self.settle().await?;
        let png = self.again("taking a screenshot", || async { Ok(self.client.screenshot().await?) }).await?;
        let dir = self.config.artifacts.join("screenshots");
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).with_context(|| format!("writing {}", path.display()))?;
        Ok(path)
    }
}

fn testid_selector(testid: &str) -> String {
    format!("[data-testid=\"{}\"]", testid.replace('\\', "\\\\").replace('"', "\\\""))
}
