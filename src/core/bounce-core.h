/* bounce-core.h
 *
 * The public headers of the bounce engine in one include.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bounce-types.h"
#include "bounce-analyzer.h"
#include "bounce-classifier.h"
#include "bounce-knowledge.h"
#include "bounce-record.h"
#include "bounce-report.h"
