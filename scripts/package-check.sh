#!/usr/bin/env bash
# `make test`'s packaging check, bounded to a few minutes: a .deb of the DEBUG build `make test` already made (no
# release build), checked as `make dist` checks its own (scripts/check-deb.sh: binaries, CLI, menu entry, metainfo,
# icons, lintian with no errors), then the EXTRACTED app started under Xvfb + tauri-driver, its window title read
# over WebDriver (tests/e2e/tests/packaging.rs, `the_installed_app_opens_its_window`).
#
# The binaries are stripped in copies, in a target folder of their own (the bundler takes the app from
# <target>/debug), so lintian's unstripped-binary check passes and the build's own files stay as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
case $TARGET in /*) ;; *) TARGET=$ROOT/$TARGET ;; esac
TAURI=ui/node_modules/.bin/tauri
STEP_TIMEOUT=${PACKAGE_CHECK_TIMEOUT:-300}
[ -x "$TAURI" ] || { echo "package-check: the Tauri CLI is missing; run scripts/setup.sh" >&2; exit 1; }
[ -x "$TARGET/debug/campaign-desk-app" ] || { echo "package-check: no debug app; run \`make app\`" >&2; exit 1; }
timeout "$STEP_TIMEOUT" cargo build -p campaign-desk --bin campaign-desk

work=$(mktemp -d "${TMPDIR:-/tmp}/campaign-desk-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/target/debug"
cp "$TARGET/debug/campaign-desk-app" "$TARGET/debug/campaign-desk" "$work/target/debug/"
strip "$work/target/debug/campaign-desk-app" "$work/target/debug/campaign-desk"
cli=$work/target/debug/campaign-desk
started=$(date +%s)
CARGO_TARGET_DIR=$work/target timeout "$STEP_TIMEOUT" "$TAURI" bundle --debug --bundles deb --ci --config \
  "{\"bundle\":{\"linux\":{\"deb\":{\"files\":{\"/usr/bin/campaign-desk\":\"$cli\"}}}}}" >"$work/bundle.log" 2>&1 || {
  cat "$work/bundle.log" >&2
  echo "package-check: the bundler failed" >&2
  exit 1
}
DEB=$(ls "$work"/target/debug/bundle/deb/*.deb)
scripts/check-deb.sh "$DEB" "$work/root"

# The extracted app, started as an installed copy would be: its window's title over WebDriver.
APP="$work/root/usr/bin/campaign-desk-app" E2E_TIMEOUT="$STEP_TIMEOUT" \
  scripts/e2e.sh --test packaging -- the_installed_app_opens_its_window --exact
echo "package-check: ok ($(basename "$DEB"), $(($(date +%s) - started)) s)"
