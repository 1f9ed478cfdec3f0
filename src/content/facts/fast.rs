//! A fast reader for fact files in their usual shape: `[[fact]]` and `[[fact.revision]]`
//! headers, one `key = value` a line, strings without escapes, whole numbers, booleans, inline
//! tables of values and arrays of strings. It gives what `toml::from_str` gives for such a file,
//! spans included (only their lines are used), without building a TOML tree first: parsing a
//! large store through the tree was the larger part of loading it.
//!
//! Anything outside that shape, or anything wrong (a duplicate or unknown key, a missing field, a
//! value of the wrong type), makes it give up (`None`): the file is then read by `toml` as
//! before, which accepts every valid file and words every error. So this reader never decides
//! what is valid; it only takes the common case faster.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;

use super::{RawFact, RawFile, RawRevision, Value};

/// The facts of a file in the usual shape, or `None` for `toml` to read it.
pub(super) fn parse(text: &str) -> Option<RawFile> {
    Reader { s: text.as_bytes(), text, i: 0 }.file()
}

/// A fact being read: each field once.
#[derive(Default)]
struct FactFields {
    header: Range<usize>,
    id: Option<Spanned<String>>,
    domain: Option<Spanned<String>>,
    when: Option<Spanned<String>>,
    recent: Option<bool>,
    year_from_context: Option<bool>,
    note: Option<String>,
    added: Option<Spanned<String>>,
    confidence: Option<Spanned<String>>,
    source: Option<Spanned<String>>,
    attribution: Option<Spanned<String>>,
    key: Option<bool>,
    values: Option<BTreeMap<String, Value>>,
    revision: Vec<RawRevision>,
    withdrawn: Option<Spanned<String>>,
    tags: Option<Vec<Spanned<String>>>,
}

#[derive(Default)]
struct RevisionFields {
    date: Option<Spanned<String>>,
    previous: Option<BTreeMap<String, Value>>,
}

impl RevisionFields {
    fn finish(self) -> Option<RawRevision> {
        Some(RawRevision { date: self.date?, previous: self.previous.unwrap_or_default() })
    }
}

impl FactFields {
    fn finish(mut self, revision: Option<RevisionFields>) -> Option<Spanned<RawFact>> {
        if let Some(revision) = revision {
            self.revision.push(revision.finish()?);
        }
        let fact = RawFact {
            id: self.id?,
            domain: self.domain?,
            when: self.when,
            recent: self.recent.unwrap_or_default(),
            year_from_context: self.year_from_context.unwrap_or_default(),
            note: self.note,
            added: self.added?,
            confidence: self.confidence?,
            source: self.source?,
            attribution: self.attribution,
            key: self.key.unwrap_or_default(),
            values: self.values.unwrap_or_default(),
            revision: self.revision,
            withdrawn: self.withdrawn,
            tags: self.tags.unwrap_or_default(),
        };
        Some(Spanned::new(self.header, fact))
    }
}

/// Sets a field read once; a second time is a duplicate key, for `toml` to report.
fn once<T>(field: &mut Option<T>, value: T) -> Option<()> {
    if field.is_some() {
        return None;
    }
    *field = Some(value);
    Some(())
}

struct Reader<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn rest_starts_with(&self, prefix: &[u8]) -> bool {
        self.s[self.i..].starts_with(prefix)
    }

    /// Spaces and tabs.
    fn blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.i += 1;
        }
    }

    /// A comment, from its `#` to the end of the line (left unread).
    fn comment(&mut self) -> Option<()> {
        debug_assert_eq!(self.peek(), Some(b'#'));
        while let Some(b) = self.peek() {
            match b {
                b'\n' | b'\r' => break,
                b'\t' => {}
                0..=0x1f | 0x7f => return None,
                _ => {}
            }
            self.i += 1;
        }
        Some(())
    }

    /// The end of a line: blanks, perhaps a comment, then a newline or the end of the text.
    fn end_of_line(&mut self) -> Option<()> {
        self.blanks();
        if self.peek() == Some(b'#') {
            self.comment()?;
        }
        match self.peek() {
            None => Some(()),
            Some(b'\n') => {
                self.i += 1;
                Some(())
            }
            Some(b'\r') if self.s.get(self.i + 1) == Some(&b'\n') => {
                self.i += 2;
                Some(())
            }
            Some(_) => None,
        }
    }

    /// Blanks, newlines and comments, as found between the items of an array.
    fn blank_lines(&mut self) -> Option<()> {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n') => self.i += 1,
                Some(b'\r') if self.s.get(self.i + 1) == Some(&b'\n') => self.i += 2,
                Some(b'#') => self.comment()?,
                _ => return Some(()),
            }
        }
    }

    /// A bare key, not dotted, then `=`.
    fn key(&mut self) -> Option<&str> {
        let start = self.i;
        while matches!(self.peek(), Some(b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-')) {
            self.i += 1;
        }
        if self.i == start {
            return None;
        }
        let key = &self.text[start..self.i];
        self.blanks();
        if self.peek() != Some(b'=') {
            return None;
        }
        self.i += 1;
        self.blanks();
        Some(key)
    }

    /// A one-line string, basic or literal, without escapes.
    fn string(&mut self) -> Option<Spanned<String>> {
        let start = self.i;
        let quote = self.peek().filter(|q| matches!(q, b'"' | b'\''))?;
        if self.rest_starts_with(&[quote, quote, quote]) {
            return None; // multi-line
        }
        self.i += 1;
        let content = self.i;
        loop {
            // Up to the closing quote, or to what this reader leaves to `toml`: an escape, or a
            // control character other than a tab (a newline among them).
            let stop = |b: &u8| *b == quote || *b < 0x20 || *b == 0x7f || (*b == b'\\' && quote == b'"');
            self.i += self.s[self.i..].iter().position(stop)?;
            match self.s[self.i] {
                b if b == quote => break,
                b'\t' => self.i += 1,
                _ => return None,
            }
        }
        let value = self.text[content..self.i].to_owned();
        self.i += 1;
        Some(Spanned::new(start..self.i, value))
    }

    fn boolean(&mut self) -> Option<bool> {
        let value = if self.rest_starts_with(b"true") {
            self.i += 4;
            true
        } else if self.rest_starts_with(b"false") {
            self.i += 5;
            false
        } else {
            return None;
        };
        self.delimited().then_some(value)
    }

    /// Whether what was just read ends here: a blank, a comment, a separator or the line's end.
    fn delimited(&self) -> bool {
        matches!(self.peek(), None | Some(b' ' | b'\t' | b'\r' | b'\n' | b'#' | b',' | b'}' | b']'))
    }

    /// A decimal whole number without underscores or leading zeros, that fits an `i64`.
    fn integer(&mut self) -> Option<i64> {
        let start = self.i;
        if matches!(self.peek(), Some(b'+' | b'-')) {
            self.i += 1;
        }
        let digits = self.i;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.i += 1;
        }
        let count = self.i - digits;
        if count == 0 || (count > 1 && self.s[digits] == b'0') || !self.delimited() {
            return None;
        }
        self.text[start..self.i].parse().ok()
    }

    /// A fact's figure: a whole number or a word.
    fn value(&mut self) -> Option<Value> {
        match self.peek()? {
            b'"' | b'\'' => Some(Value::Word(self.string()?.into_inner())),
            b'+' | b'-' | b'0'..=b'9' => Some(Value::Number(self.integer()?)),
            _ => None,
        }
    }

    /// `{ name = value, … }` on one line, without a trailing comma.
    fn values(&mut self) -> Option<BTreeMap<String, Value>> {
        if self.peek() != Some(b'{') {
            return None;
        }
        self.i += 1;
        self.blanks();
        let mut values = BTreeMap::new();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Some(values);
        }
        loop {
            let name = self.key()?.to_owned();
            let value = self.value()?;
            if values.insert(name, value).is_some() {
                return None;
            }
            self.blanks();
            match self.peek()? {
                b',' => {
                    self.i += 1;
                    self.blanks();
                }
                b'}' => {
                    self.i += 1;
                    return Some(values);
                }
                _ => return None,
            }
        }
    }

    /// `[ "word", … ]`, over one line or several.
    fn strings(&mut self) -> Option<Vec<Spanned<String>>> {
        if self.peek() != Some(b'[') {
            return None;
        }
        self.i += 1;
        let mut strings = Vec::new();
        loop {
            self.blank_lines()?;
            if self.peek() == Some(b']') {
                self.i += 1;
                return Some(strings);
            }
            strings.push(self.string()?);
            self.blank_lines()?;
            match self.peek()? {
                b',' => self.i += 1,
                b']' => {
                    self.i += 1;
                    return Some(strings);
                }
                _ => return None,
            }
        }
    }

    fn file(mut self) -> Option<RawFile> {
        let mut facts = Vec::new();
        let mut fact: Option<FactFields> = None;
        let mut revision: Option<RevisionFields> = None;
        loop {
            self.blanks();
            match self.peek() {
                None => break,
                Some(b'\n' | b'\r' | b'#') => self.end_of_line()?,
                Some(b'[') => {
                    let start = self.i;
                    if self.rest_starts_with(b"[[fact]]") {
                        self.i += b"[[fact]]".len();
                        if let Some(done) = fact.take() {
                            facts.push(done.finish(revision.take())?);
                        }
                        fact = Some(FactFields { header: start..self.i, ..Default::default() });
                    } else if self.rest_starts_with(b"[[fact.revision]]") {
                        self.i += b"[[fact.revision]]".len();
                        let current = fact.as_mut()?;
                        if let Some(done) = revision.take() {
                            current.revision.push(done.finish()?);
                        }
                        revision = Some(RevisionFields::default());
                    } else {
                        return None;
                    }
                    self.end_of_line()?;
                }
                Some(_) => {
                    let key = self.key()?;
                    if let Some(revision) = revision.as_mut() {
                        match key {
                            "date" => once(&mut revision.date, self.string()?)?,
                            "previous" => once(&mut revision.previous, self.values()?)?,
                            _ => return None,
                        }
                    } else {
                        let fact = fact.as_mut()?;
                        match key {
                            "id" => once(&mut fact.id, self.string()?)?,
                            "domain" => once(&mut fact.domain, self.string()?)?,
                            "when" => once(&mut fact.when, self.string()?)?,
                            "recent" => once(&mut fact.recent, self.boolean()?)?,
                            "year_from_context" => once(&mut fact.year_from_context, self.boolean()?)?,
                            "note" => once(&mut fact.note, self.string()?.into_inner())?,
                            "added" => once(&mut fact.added, self.string()?)?,
                            "confidence" => once(&mut fact.confidence, self.string()?)?,
                            "source" => once(&mut fact.source, self.string()?)?,
                            "attribution" => once(&mut fact.attribution, self.string()?)?,
                            "key" => once(&mut fact.key, self.boolean()?)?,
                            "values" => once(&mut fact.values, self.values()?)?,
                            "withdrawn" => once(&mut fact.withdrawn, self.string()?)?,
                            "tags" => once(&mut fact.tags, self.strings()?)?,
                            _ => return None,
                        }
                    }
                    self.end_of_line()?;
                }
            }
        }
        if let Some(done) = fact {
            facts.push(done.finish(revision)?);
        }
        Some(RawFile { fact: facts })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::problem::LineIndex;

    /// Everything read, with each span given as its line.
    fn described(raw: &RawFile, text: &str) -> String {
        let index = LineIndex::new(text);
        let at = |s: &Spanned<String>| format!("{:?}@{}", s.get_ref(), index.line_of(s.span().start));
        let opt = |s: &Option<Spanned<String>>| s.as_ref().map(at);
        let mut out = String::new();
        for fact in &raw.fact {
            let line = index.line_of(fact.span().start);
            let f = fact.get_ref();
            let revisions: Vec<String> =
                f.revision.iter().map(|r| format!("{} {:?}", at(&r.date), r.previous)).collect();
            let tags: Vec<String> = f.tags.iter().map(at).collect();
            out += &format!(
                "fact@{line} {} {} {:?} {} {} {:?} {} {} {} {:?} {} {:?} {:?} {:?} {:?}\n",
                at(&f.id),
                at(&f.domain),
                opt(&f.when),
                f.recent,
                f.year_from_context,
                f.note,
                at(&f.added),
                at(&f.confidence),
                at(&f.source),
                opt(&f.attribution),
                f.key,
                f.values,
                revisions,
                opt(&f.withdrawn),
                tags,
            );
        }
        out
    }

    fn same_as_toml(text: &str) {
        let fast = parse(text).unwrap_or_else(|| panic!("the fast reader takes:\n{text}"));
        let slow: RawFile = toml::from_str(text).expect("valid TOML");
        assert_eq!(described(&fast, text), described(&slow, text), "{text}");
    }

    #[test]
    fn reads_the_bundled_store_as_toml_does() {
        let mut files = 0;
        for (file, text) in crate::content::files::BUNDLED {
            if file.starts_with("data/facts/") && file.ends_with(".toml") {
                same_as_toml(text);
                files += 1;
            }
        }
        assert!(files > 0);
    }

    #[test]
    fn reads_the_usual_shapes_as_toml_does() {
        let fact = "[[fact]]\nid = \"a-b\"\ndomain = \"military\"\nadded = \"2026-11-24\"\nconfidence = 'reported'\nsource = \"article\"\n";
        same_as_toml(fact);
        same_as_toml("");
        same_as_toml("# only a comment\n\n");
        same_as_toml(&format!("# head\n\n{fact}when = \"2025-07\" # July\nkey = true\nrecent = false\nyear_from_context = true\nnote = \"a 'note' — ü\"\nattribution = \"seoul\"\nvalues = {{ killed = 600, wounded = \"thousands\", zero = 0, neg = -5, pos = +7 }}\ntags = [\n  \"x\", # first\n  'y',\n]\nwithdrawn = \"2026-12-01\"\n\n[[fact.revision]]\ndate = \"2026-12-05\"\nprevious = {{ killed = 500 }}\n[[fact.revision]]  \ndate = \"2026-12-06\"\n\n{fact}"));
        same_as_toml(&format!("{fact}values = {{}}\ntags = []\n").replace('\n', "\r\n"));
        same_as_toml(&format!("{fact}\t tags = [\"a\",\"b\"]\t\n{fact}"));
    }

    #[test]
    fn leaves_anything_else_to_toml() {
        let fact = "[[fact]]\nid = \"a\"\ndomain = \"military\"\nadded = \"2026-11-24\"\nconfidence = \"reported\"\nsource = \"article\"\n";
        for extra in [
            "id = \"again\"",
            "colour = \"red\"",
            "note = \"\"\"multi\"\"\"",
            "note = \"an \\\"escape\\\"\"",
            "values = { a = 1.5 }",
            "values = { a = 1_000 }",
            "values = { a = 01 }",
            "values = { a = 1979-05-27 }",
            "values = { a = 99999999999999999999 }",
            "values = { a = 1, a = 2 }",
            "values = { a = 1, }",
            "values = { a = true }",
            "values.a = 1",
            "key = \"yes\"",
            "key = truer",
            "tags = [1]",
            "\"id\" = \"quoted\"",
            "[fact.values]",
            "[[ fact ]]",
            "[other]",
            "when = \"2025\" junk",
            "note = \"a\rb\"",
        ] {
            let text = format!("{fact}{extra}\n");
            assert!(parse(&text).is_none(), "{text}");
        }
        assert!(parse("id = \"root\"\n").is_none());
        assert!(parse("[[fact.revision]]\ndate = \"2026-01-01\"\n").is_none());
        assert!(parse("[[fact]]\nid = \"missing-fields\"\n").is_none());
        assert!(parse(&format!("{fact}[[fact.revision]]\nprevious = {{ a = 1 }}\n")).is_none());
        assert!(parse(&format!("\u{feff}{fact}")).is_none());
    }
}
