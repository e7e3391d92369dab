#!/usr/bin/env bash
# Installs what building, running and testing Campaign Desk needs, and nothing that is already there.
# Idempotent: every step checks first. Used by `make run` and `make test` (and so by CI on a fresh machine).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Debian/Ubuntu packages: WebKitGTK for the Tauri window, Xvfb + WebKitWebDriver for the end-to-end tests,
# ImageMagick's `import` for screenshots, and a colour emoji font so announcements (🗓 📍) render as people's
# desktops show them, in the app and in its screenshots. Liberation Sans is the font the PDF export embeds;
# poppler-utils' pdftotext reads our PDFs back in tests/statement_export_files.rs. libdbus-1-dev: the keyring crate
# talks to the Secret Service over D-Bus (CalDAV passwords); tests/caldav_sync.rs runs gnome-keyring in a private
# session bus (dbus-run-session, from dbus-daemon), reads it with secret-tool (libsecret-tools), and plays another
# CalDAV client with curl (and openssl makes the self-signed certificate of its TLS case). desktop-file-utils and
# appstream check the Linux packages' menu entry and metainfo (scripts/check-packaging.sh); x11-utils' xwininfo
# counts windows in scripts/single-instance-check.sh; lintian checks the .deb that `make test` builds
# (scripts/package-check.sh) and `make dist`. libssl-dev: SQLCipher (the encrypted database) links the
# system libcrypto on Linux.
DEB_PKGS=(libwebkit2gtk-4.1-dev build-essential curl wget file libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev xvfb webkit2gtk-driver pkg-config imagemagick fonts-noto-color-emoji
  fonts-liberation2 poppler-utils libdbus-1-dev dbus-daemon gnome-keyring libsecret-tools openssl
  desktop-file-utils appstream x11-utils lintian)
missing=()
for p in "${DEB_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "setup: missing packages ${missing[*]} and no apt-get; see README.md for other systems" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Rust components used by `make test`.
if command -v rustup >/dev/null; then
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
fi

# tauri-driver bridges WebDriver clients to WebKitWebDriver for the end-to-end tests.
if ! command -v tauri-driver >/dev/null && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
  echo "setup: cargo install tauri-driver"
  cargo install tauri-driver --locked
fi

# Python's icalendar + recurring_ical_events (which check our .ics export), python-docx (which reads our Word
# export back), Radicale and Xandikos (the CalDAV servers tests/caldav_sync.rs and caldav_xandikos.rs sync with),
# pinned, in a venv of our own.
if [ ! -x .venv/bin/python ] || [ tests/ics/requirements.txt -nt .venv/.installed ]; then
  if ! python3 -m venv .venv >/dev/null 2>&1; then
    $SUDO apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
    python3 -m venv .venv
  fi
  .venv/bin/pip install -q --disable-pip-version-check -r tests/ics/requirements.txt
  touch .venv/.installed
fi

# Front-end dependencies, exactly as locked.
if [ -f ui/package-lock.json ]; then
  if [ ! -d ui/node_modules ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    (cd ui && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
echo "setup: ok"
