#!/usr/bin/env bash
# `make dist`: the Linux packages (.deb and .rpm) of the release build, made by Tauri's bundler (`tauri bundle`,
# from ui's devDependency @tauri-apps/cli), then checked from the inside (scripts/check-deb.sh: control fields,
# the app and the CLI in /usr/bin, the menu entry, the AppStream metainfo, the icons, lintian); rpm when installed.
# Not part of `make test` (a release build takes minutes). See README.md, "Packages".
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${CARGO_TARGET_DIR:-target}
TAURI=ui/node_modules/.bin/tauri
[ -x "$TAURI" ] || { echo "dist: the Tauri CLI is missing; run scripts/setup.sh" >&2; exit 1; }

# The app embeds ui/dist (custom-protocol); the CLI is taken in as a package file (tauri.conf.json bundle.linux).
(cd ui && npm run build)
cargo build --release -p campaign-desk-app --features custom-protocol
cargo build --release -p campaign-desk --bin campaign-desk
# Packages carry no debug symbols (lintian: unstripped-binary-or-object); the bundler copies these files as they are.
strip "$TARGET/release/campaign-desk-app" "$TARGET/release/campaign-desk"
rm -rf "$TARGET/release/bundle/deb" "$TARGET/release/bundle/rpm"
# The CLI from wherever this build put it (the configuration's relative path assumes ./target).
cli=$(cd "$TARGET" && pwd)/release/campaign-desk
"$TAURI" bundle --bundles deb,rpm --ci --config \
  "{\"bundle\":{\"linux\":{\"deb\":{\"files\":{\"/usr/bin/campaign-desk\":\"$cli\"}},\"rpm\":{\"files\":{\"/usr/bin/campaign-desk\":\"$cli\"}}}}}"

DEB=$(ls "$TARGET"/release/bundle/deb/*.deb)
RPM=$(ls "$TARGET"/release/bundle/rpm/*.rpm)
work=$(mktemp -d "${TMPDIR:-/tmp}/campaign-desk-dist.XXXXXX")
trap 'rm -rf "$work"' EXIT

scripts/check-deb.sh "$DEB" "$work/root"
if command -v rpm >/dev/null; then
  rpm -qip "$RPM"
  rpm -qlp "$RPM"
  rpm -qRp "$RPM"
else
  echo "dist: rpm not installed; the .rpm was not inspected (apt-get install rpm)"
fi

echo
echo "dist: packages"
ls -l "$DEB" "$RPM"
echo "dist: installed size of the .deb: $(dpkg-deb -f "$DEB" Installed-Size) KiB"
