//! Translators' tools: which messages a language lacks, and which of its translations are
//! outdated because the English message they were written from has changed since.
//!
//! Each translated message carries, on the comment line right above it, the hash of the English
//! (`en-US`) message it was written from: `# en-US 1a2b3c4d`. `alliance-digest check` compares
//! it with the English message as it is now, and lists the translations to review;
//! `alliance-digest stamp <language> [message…]` records the current hashes once they are
//! reviewed. A language with missing or outdated messages still loads: English stands in for
//! what is missing, and the outdated text is shown until it is reviewed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use sha2::{Digest, Sha256};

use crate::content::i18n::{message_id, Catalog, Lang, FALLBACK};
use crate::content::problem::Problem;

/// How a stamp line starts, after `# `.
const STAMP: &str = "en-US ";
/// Hex digits of a stamp.
const STAMP_LEN: usize = 8;

/// What a language's translations need: the English messages it lacks, and those of its
/// messages written from an English message that has changed since (or with no record of it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub tag: String,
    /// English messages with no translation (English is shown instead).
    pub missing: Vec<String>,
    /// Translations whose English message changed after they were written: id, file, line.
    pub outdated: Vec<(String, PathBuf, usize)>,
    /// Translations with no stamp: nothing tells which English text they follow.
    pub unstamped: Vec<(String, PathBuf, usize)>,
}

impl Status {
    /// The warnings `check` prints besides those of validation (which already names each
    /// missing message): one per outdated or unstamped translation, at its line.
    pub fn problems(&self) -> Vec<Problem> {
        let tag = &self.tag;
        let outdated = self.outdated.iter().map(|(id, file, line)| {
            Problem::warning(
                file,
                Some(*line),
                format!(
                    "'{id}' is outdated: its {FALLBACK} message changed after it was translated; \
                     review it, then run `alliance-digest stamp {tag} {id}`"
                ),
            )
        });
        let unstamped = self.unstamped.iter().map(|(id, file, line)| {
            Problem::warning(
                file,
                Some(*line),
                format!(
                    "'{id}' records no {FALLBACK} text it was translated from; once reviewed, run \
                     `alliance-digest stamp {tag} {id}`"
                ),
            )
        });
        outdated.chain(unstamped).collect()
    }
}

/// The hash of a message as written (its value and attributes, not its comment): what a
/// translation's stamp records of the English message.
pub fn message_hash(message: &ast::Message<&str>) -> String {
    let alone =
        ast::Resource { body: vec![ast::Entry::Message(ast::Message { comment: None, ..message.clone() })] };
    let text = fluent_syntax::serializer::serialize(&alone);
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(STAMP_LEN / 2).map(|byte| format!("{byte:02x}")).collect()
}

/// The stamp of a message: the hash its comment records, if any.
fn stamp_of<'m>(message: &'m ast::Message<&'m str>) -> Option<&'m str> {
    message.comment.as_ref()?.content.iter().find_map(|line| {
        let hash = line.trim().strip_prefix(STAMP)?;
        (hash.len() == STAMP_LEN && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some(hash)
    })
}

/// Every file of a language, parsed with its comments (the bundle's own parse drops them).
fn parsed(catalog: &Catalog, lang: Lang) -> Vec<(&Path, ast::Resource<&str>)> {
    catalog
        .resources(lang)
        .map(|(file, resource)| {
            let parsed =
                fluent_syntax::parser::parse(resource.source()).unwrap_or_else(|(partial, _)| partial);
            (file, parsed)
        })
        .collect()
}

/// The messages of parsed files, each with its file.
fn messages<'p>(
    files: &'p [(&'p Path, ast::Resource<&'p str>)],
) -> impl Iterator<Item = (&'p Path, &'p ast::Message<&'p str>)> {
    files.iter().flat_map(|(file, resource)| {
        resource.body.iter().filter_map(move |entry| match entry {
            ast::Entry::Message(message) => Some((*file, message)),
            _ => None,
        })
    })
}

/// The hash of every English message, by id.
pub fn base_hashes(catalog: &Catalog) -> HashMap<String, String> {
    let files = parsed(catalog, catalog.fallback());
    messages(&files).map(|(_, m)| (m.id.name.to_owned(), message_hash(m))).collect()
}

/// What each language but English needs, in the catalog's order.
pub fn status(catalog: &Catalog) -> Vec<Status> {
    let base = base_hashes(catalog);
    let mut base_ids: Vec<&String> = base.keys().collect();
    base_ids.sort();
    catalog
        .languages()
        .filter(|lang| *lang != catalog.fallback())
        .map(|lang| {
            let mut status = Status {
                tag: catalog.tag(lang),
                missing: base_ids
                    .iter()
                    .filter(|id| !catalog.has_message(lang, id))
                    .map(|id| (*id).clone())
                    .collect(),
                outdated: Vec::new(),
                unstamped: Vec::new(),
            };
            let files = parsed(catalog, lang);
            for (file, message) in messages(&files) {
                let id = message.id.name;
                let Some(hash) = base.get(id) else { continue };
                let line = catalog.message_location(lang, id).map_or(0, |(_, line)| line);
                match stamp_of(message) {
                    Some(stamp) if stamp == hash => {}
                    Some(_) => status.outdated.push((id.to_owned(), file.to_path_buf(), line)),
                    None => status.unstamped.push((id.to_owned(), file.to_path_buf(), line)),
                }
            }
            status.outdated.sort();
            status.unstamped.sort();
            status
        })
        .collect()
}

/// Why stamping could not be done.
#[derive(Debug, thiserror::Error)]
pub enum StampError {
    #[error("there is no language '{0}' in the locales folder")]
    UnknownLanguage(String),
    #[error("{FALLBACK} is the base language: its messages are not stamped")]
    Base,
    #[error("'{0}' is not a message of {FALLBACK}")]
    UnknownMessage(String),
    #[error("cannot write {}: {source}", .file.display())]
    Write { file: PathBuf, source: std::io::Error },
}

/// Records, beside each given message of a language (every message when none is given), the
/// hash of its English message as it is now: the translation is reviewed. Returns how many
/// stamps were written or changed.
pub fn stamp(catalog: &Catalog, tag: &str, only: &[String]) -> Result<usize, StampError> {
    let lang = catalog
        .languages()
        .find(|lang| catalog.tag(*lang) == tag)
        .ok_or_else(|| StampError::UnknownLanguage(tag.to_owned()))?;
    if lang == catalog.fallback() {
        return Err(StampError::Base);
    }
    let base = base_hashes(catalog);
    if let Some(unknown) = only.iter().find(|id| !base.contains_key(*id)) {
        return Err(StampError::UnknownMessage(unknown.clone()));
    }
    let wanted = |id: &str| only.is_empty() || only.iter().any(|o| o == id);
    let mut written = 0;
    for (file, resource) in catalog.resources(lang) {
        let source = resource.source();
        let (text, changed) = stamped(source, |id| base.get(id).filter(|_| wanted(id)).map(String::as_str));
        if changed > 0 {
            std::fs::write(file, text)
                .map_err(|source| StampError::Write { file: file.to_path_buf(), source })?;
            written += changed;
        }
    }
    Ok(written)
}

/// A .ftl source with the stamp line of each message that `hash` gives a hash for set to it:
/// an existing stamp line in the comment right above the message is replaced, else one is added
/// right above the message (where Fluent attaches it to the message). Returns the text and how
/// many stamps changed.
fn stamped<'h>(source: &str, hash: impl Fn(&str) -> Option<&'h str>) -> (String, usize) {
    let mut lines: Vec<String> = source.lines().map(str::to_owned).collect();
    let mut changed = 0;
    // From the last message up, so that an inserted line does not move those still to come.
    let starts: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .filter_map(|(index, line)| message_id(line).map(|id| (index, id.to_owned())))
        .collect();
    for (index, id) in starts.into_iter().rev() {
        let Some(hash) = hash(&id) else { continue };
        let wanted = format!("# {STAMP}{hash}");
        let mut above = index;
        let mut existing = None;
        while above > 0 && lines[above - 1].starts_with('#') && !lines[above - 1].starts_with("##") {
            above -= 1;
            if lines[above].strip_prefix("# ").is_some_and(|rest| rest.starts_with(STAMP)) {
                existing = Some(above);
            }
        }
        match existing {
            Some(line) if lines[line] == wanted => {}
            Some(line) => {
                lines[line] = wanted;
                changed += 1;
            }
            None => {
                lines.insert(index, wanted);
                changed += 1;
            }
        }
    }
    let mut text = lines.join("\n");
    if source.ends_with('\n') {
        text.push('\n');
    }
    (text, changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_added_above_messages_and_replaced_where_they_stand() {
        let source =
            "## Group\n\n# A note\nfirst = One\n    .title = T\n# en-US 00000000\nsecond = Two\n-term = x\n";
        let (text, changed) = stamped(source, |id| match id {
            "first" => Some("aaaaaaaa"),
            "second" => Some("bbbbbbbb"),
            _ => None,
        });
        assert_eq!(changed, 2);
        assert_eq!(
            text,
            "## Group\n\n# A note\n# en-US aaaaaaaa\nfirst = One\n    .title = T\n# en-US bbbbbbbb\nsecond = Two\n-term = x\n"
        );
        let (again, changed) = stamped(&text, |id| match id {
            "first" => Some("aaaaaaaa"),
            "second" => Some("bbbbbbbb"),
            _ => None,
        });
        assert_eq!((again.as_str(), changed), (text.as_str(), 0), "stamping twice changes nothing");
    }

    #[test]
    fn a_message_hash_follows_its_words_not_its_comment() {
        let hash = |source: &str| {
            let resource = fluent_syntax::parser::parse(source).expect("valid Fluent");
            match &resource.body[0] {
                ast::Entry::Message(message) => message_hash(message),
                other => panic!("not a message: {other:?}"),
            }
        };
        let plain = hash("a = Hello { $name }\n    .title = Hi\n");
        assert_eq!(plain.len(), STAMP_LEN);
        assert_eq!(plain, hash("# a comment\na = Hello { $name }\n    .title = Hi\n"));
        assert_ne!(plain, hash("a = Hello, { $name }\n    .title = Hi\n"));
        assert_ne!(plain, hash("a = Hello { $name }\n    .title = Hey\n"));
    }
}
