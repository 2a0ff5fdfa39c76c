#!/usr/bin/env python3
# test-metainfo.py: the AppStream metainfo agrees with the rest of the project.
#
# Copyright 2026 The Bounce Explainer authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# appstreamcli checks the file on its own; this checks what it cannot see: screenshots that
# exist in the repository at the path their URL names, the release matching the meson
# version, the launchable matching the desktop file, and binaries that are really built.

import os
import re
import struct
import sys
import xml.etree.ElementTree as ET

REPO_RAW = 'https://github.com/bounceexplainer/bounce-explainer/raw/main/'
REPO = 'https://github.com/bounceexplainer/bounce-explainer'

checks = 0
failures = 0


def check(ok, message):
    global checks, failures
    checks += 1
    print(('ok %d - ' if ok else 'not ok %d - ') % checks + message)
    if not ok:
        failures += 1


def png_size(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != b'\x89PNG\r\n\x1a\n' or head[12:16] != b'IHDR':
        return None
    return struct.unpack('>II', head[16:24])


def main():
    source_root = sys.argv[1]
    with open(os.path.join(source_root, 'meson.build'), encoding='utf-8') as f:
        top_meson = f.read()
    version = re.search(r"^\s*version:\s*'([^']+)'", top_meson, re.M).group(1)

    path = os.path.join(source_root, 'data', 'io.github.bounceexplainer.BounceExplainer.metainfo.xml.in.in')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    text = text.replace('@app_id@', 'io.github.bounceexplainer.BounceExplainer')
    text = text.replace('@gettext_package@', 'bounce-explainer')
    root = ET.fromstring(text)

    check(root.findtext('id') == 'io.github.bounceexplainer.BounceExplainer', 'id is the app ID')
    check(root.findtext('launchable') == 'io.github.bounceexplainer.BounceExplainer.desktop' and
          root.find('launchable').get('type') == 'desktop-id',
          'launchable is the desktop file named after the app ID')
    check(os.path.exists(os.path.join(source_root, 'data',
                                      'io.github.bounceexplainer.BounceExplainer.desktop.in.in')),
          'the launchable desktop file exists')

    releases = root.findall('releases/release')
    check(len(releases) > 0, 'has releases')
    if releases:
        check(releases[0].get('version') == version,
              'newest release %s is the meson project version %s' % (releases[0].get('version'), version))
        dates = [r.get('date', '') for r in releases]
        check(all(re.fullmatch(r'\d{4}-\d{2}-\d{2}', d) for d in dates), 'release dates are ISO 8601')
        check(dates == sorted(dates, reverse=True), 'releases are listed newest first')
        check(all(r.find('description') is not None for r in releases), 'every release has a description')

    # Every URL of the project points at the same repository.
    for url in root.findall('url'):
        check(url.text.startswith(REPO), '<url type="%s"> is in the project repository' % url.get('type'))

    shots = root.findall('screenshots/screenshot')
    check(len(shots) > 0, 'has screenshots')
    check(sum(1 for s in shots if s.get('type') == 'default') == 1, 'exactly one default screenshot')
    for shot in shots:
        image = shot.findtext('image', '')
        check(shot.findtext('caption') is not None, 'screenshot %s has a caption' % image)
        if not image.startswith(REPO_RAW):
            check(False, 'screenshot %s is served from the repository (%s)' % (image, REPO_RAW))
            continue
        local = os.path.join(source_root, image[len(REPO_RAW):])
        size = png_size(local) if os.path.isfile(local) else None
        check(size is not None, 'screenshot %s exists in the repository as a PNG' % image[len(REPO_RAW):])
        if size:
            # The app supports 360 px wide windows, so a narrow shot is fine; smaller is not.
            check(size[0] >= 360 and size[1] >= 360, '%s is %dx%d, large enough' % (local, size[0], size[1]))

    executables = set()
    for top, dirs, files in os.walk(os.path.join(source_root, 'src')):
        if 'meson.build' in files:
            with open(os.path.join(top, 'meson.build'), encoding='utf-8') as f:
                executables.update(re.findall(r"executable\(\s*'([^']+)'", f.read()))
    binaries = [b.text for b in root.findall('provides/binary')]
    check(sorted(binaries) == ['bounce-explainer', 'explain-bounce'],
          'provides the app and the CLI binaries')
    for binary in binaries:
        check(binary in executables, 'provided binary %s is built by meson' % binary)

    colors = root.findall('branding/color')
    schemes = sorted(c.get('scheme_preference') for c in colors if c.get('type') == 'primary')
    check(schemes == ['dark', 'light'], 'branding has a primary colour for light and dark')
    check(all(re.fullmatch(r'#[0-9a-fA-F]{6}', c.text or '') for c in colors), 'branding colours are #rrggbb')

    check(root.find('content_rating').get('type') == 'oars-1.1', 'content rating is OARS 1.1')
    check(root.findtext('project_license') == 'GPL-3.0-or-later' and
          root.findtext('metadata_license') == 'CC0-1.0', 'licences: GPL-3.0-or-later, metadata CC0-1.0')

    print('1..%d' % checks)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
