#!/usr/bin/env python3
# test-flatpak-manifest.py: the Flatpak manifest is well-formed, reproducible and sandboxed.
#
# Copyright 2026 The Bounce Explainer authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# flatpak-builder needs the network to fetch the runtime and GMime, which CI does not have,
# so this checks statically what a build would rely on: every source pinned (a moving tag or
# an unhashed tarball would make builds unreproducible), and no permission beyond a display,
# IPC and the GPU (files arrive through the portals, the app never needs the network).

import json
import os
import re
import sys

EXPECTED_FINISH_ARGS = ['--share=ipc', '--socket=fallback-x11', '--socket=wayland', '--device=dri']
GMIME_URL = 'https://github.com/jstedfast/gmime.git'
GMIME_COMMIT = '76aee730fedc41dc09e1819d85bf0800bdbc0a2d'
GMIME_CONFIG_OPTS = ['--disable-introspection', '--disable-vala', '--disable-gtk-doc']

failures = []
checks = 0


def check(ok, message):
    global checks
    checks += 1
    print(('ok %d - ' if ok else 'not ok %d - ') % checks + message)
    if not ok:
        failures.append(message)


def load_modules(modules, base_dir):
    """Flattens the module tree; a string entry names another manifest file."""
    result = []
    for module in modules:
        if isinstance(module, str):
            path = os.path.join(base_dir, module)
            with open(path, encoding='utf-8') as f:
                module = json.load(f)
            module['_base_dir'] = os.path.dirname(path)
        else:
            module['_base_dir'] = base_dir
        result.append(module)
        result.extend(load_modules(module.get('modules', []), module['_base_dir']))
    return result


def check_source(module, source):
    name = module['name']
    if isinstance(source, str):
        check(False, '%s: external source file %s is not allowed' % (name, source))
        return
    kind = source.get('type', '')
    if kind == 'git':
        check(re.fullmatch(r'[0-9a-f]{40}', source.get('commit', '')) is not None,
              '%s: git source %s is pinned by a full commit' % (name, source.get('url')))
        check(source.get('url', '').startswith('https://'),
              '%s: git source is fetched over https' % name)
    elif kind in ('archive', 'file'):
        if 'url' in source:
            check(re.fullmatch(r'[0-9a-f]{64}', source.get('sha256', '')) is not None,
                  '%s: %s source %s is pinned by sha256' % (name, kind, source['url']))
            check(source['url'].startswith('https://'),
                  '%s: %s source is fetched over https' % (name, kind))
        else:
            check('path' in source, '%s: local %s source has a path' % (name, kind))
    elif kind in ('dir', 'patch'):
        path = source.get('path', '')
        check(path != '' and not os.path.isabs(path),
              '%s: %s source is a relative local path' % (name, kind))
        full = os.path.normpath(os.path.join(module['_base_dir'], path))
        check(os.path.exists(full), '%s: %s source %s exists' % (name, kind, path))
    elif kind in ('script', 'shell', 'inline'):
        check('url' not in source, '%s: %s source is local' % (name, kind))
    else:
        check(False, '%s: source type "%s" is not known to be pinnable' % (name, kind))


def main():
    if len(sys.argv) != 3:
        print('usage: test-flatpak-manifest.py MANIFEST SOURCE_ROOT', file=sys.stderr)
        return 2
    manifest_path, source_root = sys.argv[1], sys.argv[2]

    try:
        with open(manifest_path, encoding='utf-8') as f:
            manifest = json.load(f)
        check(True, 'manifest parses as JSON')
    except (OSError, ValueError) as e:
        check(False, 'manifest parses as JSON: %s' % e)
        print('1..%d' % checks)
        return 1

    with open(os.path.join(source_root, 'meson.build'), encoding='utf-8') as f:
        top_meson = f.read()
    app_id = re.search(r"^app_id = '([^']+)'", top_meson, re.M).group(1)
    app_id_key = 'app-id' if 'app-id' in manifest else 'id'
    check(manifest.get(app_id_key) == app_id, 'app ID is %s' % app_id)
    check(os.path.basename(manifest_path) == app_id + '.json', 'manifest is named after the app ID')
    check(manifest.get('runtime') == 'org.gnome.Platform', 'runtime is org.gnome.Platform')
    check(manifest.get('sdk') == 'org.gnome.Sdk', 'SDK is org.gnome.Sdk')
    check(re.fullmatch(r'\d+', str(manifest.get('runtime-version', ''))) is not None,
          'runtime-version is a stable GNOME release')

    # The command must be an executable the meson build really installs.
    command = manifest.get('command', '')
    executables = set()
    for root, dirs, files in os.walk(os.path.join(source_root, 'src')):
        if 'meson.build' in files:
            with open(os.path.join(root, 'meson.build'), encoding='utf-8') as f:
                executables.update(re.findall(r"executable\(\s*'([^']+)'", f.read()))
    check(command in executables, 'command "%s" is built by meson (%s)'
          % (command, ', '.join(sorted(executables))))

    finish_args = manifest.get('finish-args', [])
    check(sorted(finish_args) == sorted(EXPECTED_FINISH_ARGS),
          'finish-args are exactly %s' % ' '.join(EXPECTED_FINISH_ARGS))
    check('--share=network' not in finish_args, 'no network access')
    check(not any(a.startswith('--filesystem=') for a in finish_args),
          'no filesystem access beyond the portals (no home, no host)')
    check(not any(a.startswith('--talk-name=org.freedesktop.Flatpak') for a in finish_args),
          'no sandbox escape through org.freedesktop.Flatpak')
    check('--socket=x11' not in finish_args, 'X11 only as a fallback')

    modules = load_modules(manifest.get('modules', []), os.path.dirname(manifest_path))
    for module in modules:
        sources = module.get('sources', [])
        check(len(sources) > 0, '%s: has sources' % module.get('name'))
        for source in sources:
            check_source(module, source)

    gmime = [m for m in modules if m.get('name') == 'gmime']
    check(len(gmime) == 1, 'GMime is built as a module')
    if gmime:
        gmime = gmime[0]
        git = [s for s in gmime.get('sources', []) if isinstance(s, dict) and s.get('type') == 'git']
        check(len(git) == 1 and git[0].get('url') == GMIME_URL and git[0].get('commit') == GMIME_COMMIT,
              'GMime comes from its upstream repository at 3.2.15 (%s)' % GMIME_COMMIT)
        check(gmime.get('buildsystem') == 'autotools', 'GMime builds with autotools')
        check(not gmime.get('no-autogen', False),
              'GMime git checkout has no configure: autogen.sh must be allowed to run')
        check(all(o in gmime.get('config-opts', []) for o in GMIME_CONFIG_OPTS),
              'GMime is configured with %s' % ' '.join(GMIME_CONFIG_OPTS))

    app = modules[-1] if modules else {}
    check(app.get('buildsystem') == 'meson', 'the app module (last) builds with meson')
    dirs = [s for s in app.get('sources', []) if isinstance(s, dict) and s.get('type') == 'dir']
    check(len(dirs) == 1 and os.path.samefile(
              os.path.join(app.get('_base_dir', ''), dirs[0].get('path', '')), source_root),
          'the app module builds this source tree')
    check(modules.index(app) > modules.index(gmime) if gmime in modules else False,
          'GMime is built before the app')

    print('1..%d' % checks)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
