/* bounce-gmime-autocleanups.h
 *
 * GMime 3.2 declares no g_autoptr() cleanups; this is the one place we do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gmime/gmime.h>

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeMessage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeObject, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeParser, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeStream, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeDataWrapper, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimeFilter, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GMimePartIter, g_mime_part_iter_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (InternetAddressList, g_object_unref)
