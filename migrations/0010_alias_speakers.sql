-- Every alias of a speaker by its speaker (docs/archive.md "Speaker lookup by SQL", English subjects): a
-- name of several words is matched by its rarest part first, and every alias of the speakers holding one
-- of that part's matches is fetched (src/index/d1/alias-lookup.ts HIT, src/answer/name-pick.ts), instead
-- of every alias of its common parts' matches. Without this index that look-up scans the alias table.
CREATE INDEX speaker_aliases_speaker ON speaker_aliases (speaker);
