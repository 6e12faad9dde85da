#!/bin/sh
# Part of folio's safety samples: samples/hostile.md links to this file as "./evil.sh".
# It is harmless on purpose. A reader must refuse to run scripts a document links to; if this
# message ever appears after following that link, the opening policy has a hole.
echo "folio test: samples/evil.sh was run. A link in a document should never run a script." >&2
