//! A problem found while loading the fact store or the locales, located by file and line so that
//! an editor or a translator can go straight to it.

use std::fmt;
use std::path::{Path, PathBuf};

/// Whether a problem stops the store from loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The store or the locales are refused.
    Error,
    /// Loading goes on (a translation falls back to English, say), but an editor should look.
    Warning,
}

/// One thing wrong with a file of `data/` or `locales/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    /// 1-based; `None` when the problem is the file as a whole.
    pub line: Option<usize>,
    pub severity: Severity,
    pub message: String,
}

impl Problem {
    pub fn error(file: &Path, line: Option<usize>, message: impl Into<String>) -> Self {
        Self { file: file.to_path_buf(), line, severity: Severity::Error, message: message.into() }
    }

    pub fn warning(file: &Path, line: Option<usize>, message: impl Into<String>) -> Self {
        Self { file: file.to_path_buf(), line, severity: Severity::Warning, message: message.into() }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {label}: {}", self.message)
    }
}

/// Every problem found, when at least one of them is an error.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", render_list(.0))]
pub struct Problems(pub Vec<Problem>);

fn render_list(problems: &[Problem]) -> String {
    let lines: Vec<String> = problems.iter().map(Problem::to_string).collect();
    lines.join("\n")
}

impl Problems {
    /// `Ok` with the warnings when no problem is an error, else every problem.
    pub fn into_result(problems: Vec<Problem>) -> Result<Vec<Problem>, Problems> {
        if problems.iter().any(Problem::is_error) {
            Err(Problems(problems))
        } else {
            Ok(problems)
        }
    }
}

/// The 1-based line of a byte offset in a source text. Counts from the start: for one lookup;
/// many lookups in one text go through a [`LineIndex`].
pub fn line_of(source: &str, offset: usize) -> usize {
    LineIndex::new(source).line_of(offset)
}

/// Where each line of a text starts, built once, so that finding the line of an offset is a
/// binary search rather than a count from the start (which made loading quadratic).
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of the start of each line after the first.
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        // `match_indices` finds each newline with memchr, rather than looking at every byte.
        let starts = source.match_indices('\n').map(|(i, _)| i + 1).collect();
        Self { starts, len: source.len() }
    }

    /// The 1-based line of a byte offset (offsets past the end count as the end).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        // Lines that start at or before the offset, the first line included.
        self.starts.partition_point(|&start| start <= offset) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_index_agrees_with_counting_newlines() {
        let text = "a\nbc\n\nd\n";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            let counted =
                text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1;
            assert_eq!(index.line_of(offset), counted, "offset {offset}");
        }
        assert_eq!(LineIndex::new("").line_of(0), 1);
    }
}
