//! Where the fact store and the locales are read from: folders on disk, or the copies of `data/`
//! and `locales/` compiled into the binary (by `build.rs`), under the pseudo-folder
//! [`BUNDLED_ROOT`]. Loading reads both the same way, through these three functions, so the
//! bundled files are parsed and checked like any folder, and problems name them
//! (`<bundled>/data/facts/military.toml:12`).

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The pseudo-folder that holds the bundled `data/` and `locales/`.
pub const BUNDLED_ROOT: &str = "<bundled>";

/// The bundled copy of a folder of the crate: `bundled("data")`.
pub fn bundled(folder: &str) -> PathBuf {
    Path::new(BUNDLED_ROOT).join(folder)
}

/// Whether `path` is in the copy compiled into the binary, rather than on disk.
pub fn is_bundled(path: &Path) -> bool {
    path.starts_with(BUNDLED_ROOT)
}

/// The path inside the bundle, `/`-separated, when `path` is bundled.
fn inside(path: &Path) -> Option<String> {
    let relative = path.strip_prefix(BUNDLED_ROOT).ok()?;
    let parts: Vec<String> =
        relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    Some(parts.join("/"))
}

fn not_found(path: &Path) -> io::Error {
    io::Error::new(io::ErrorKind::NotFound, format!("{} is not in the bundle", path.display()))
}

/// The largest fact or locale file read, unless `ALLIANCE_MAX_FILE_SIZE` says otherwise: the
/// article's store is a few kilobytes, and a file of tens of megabytes takes tens of times its
/// size in memory once parsed.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

static MAX_FILE_BYTES: AtomicU64 = AtomicU64::new(DEFAULT_MAX_FILE_BYTES);

/// Sets the largest file [`read_to_string`] reads from disk, for this process (`check`, `ask`,
/// `run`, `serve` and their live reloads).
pub fn set_max_file_bytes(bytes: u64) {
    MAX_FILE_BYTES.store(bytes, Ordering::Relaxed);
}

/// The largest file [`read_to_string`] reads from disk.
pub fn max_file_bytes() -> u64 {
    MAX_FILE_BYTES.load(Ordering::Relaxed)
}

/// A size as the limit's error shows it: `4 MiB`, `512 KiB`, or bytes.
pub fn show_size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * KIB;
    if bytes >= MIB && bytes % MIB == 0 {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= KIB && bytes % KIB == 0 {
        format!("{} KiB", bytes / KIB)
    } else {
        format!("{bytes} bytes")
    }
}

fn too_large(size: Option<u64>, limit: u64) -> io::Error {
    let size = size.map_or_else(|| "larger than that".to_owned(), |s| format!("{s} bytes"));
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!(
            "the file is over the size limit of {} ({size}); ALLIANCE_MAX_FILE_SIZE (--max-file-size) sets the limit",
            show_size(limit)
        ),
    )
}

/// A file on disk, refused from its metadata when over the size limit, before anything is
/// read; a file that grows meanwhile is read no further than the limit.
fn read_capped(path: &Path) -> io::Result<String> {
    let limit = max_file_bytes();
    let file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    if size > limit {
        return Err(too_large(Some(size), limit));
    }
    let mut text = String::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_string(&mut text)?;
    if text.len() as u64 > limit {
        return Err(too_large(None, limit));
    }
    Ok(text)
}

/// A file's text. A file on disk over [`max_file_bytes`] is an error naming the limit.
pub fn read_to_string(path: &Path) -> io::Result<String> {
    match inside(path) {
        None => read_capped(path),
        Some(name) => BUNDLED
            .iter()
            .find(|(file, _)| *file == name)
            .map(|(_, text)| (*text).to_owned())
            .ok_or_else(|| not_found(path)),
    }
}

/// The paths of a folder's entries, files and folders, in no particular order.
pub fn read_dir(path: &Path) -> io::Result<Vec<PathBuf>> {
    let Some(name) = inside(path) else {
        return std::fs::read_dir(path)?.map(|entry| entry.map(|e| e.path())).collect();
    };
    let prefix = if name.is_empty() { String::new() } else { format!("{name}/") };
    let mut entries: Vec<PathBuf> = BUNDLED
        .iter()
        .filter_map(|(file, _)| file.strip_prefix(&prefix))
        .filter_map(|rest| rest.split('/').next())
        .map(|entry| path.join(entry))
        .collect();
    entries.dedup();
    if entries.is_empty() {
        return Err(not_found(path));
    }
    Ok(entries)
}

/// Whether a path is a folder.
pub fn is_dir(path: &Path) -> bool {
    match inside(path) {
        None => path.is_dir(),
        Some(name) => {
            let prefix = format!("{name}/");
            BUNDLED.iter().any(|(file, _)| file.starts_with(&prefix))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundle_holds_the_crates_data_and_locales_as_they_are_on_disk() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let facts = read_dir(&bundled("data/facts")).expect("the bundled facts folder");
        assert!(facts.contains(&bundled("data/facts/military.toml")), "{facts:?}");
        let languages = read_dir(&bundled("locales")).expect("the bundled locales");
        assert!(
            languages.iter().all(|l| is_dir(l)) && languages.contains(&bundled("locales/fr")),
            "{languages:?}"
        );
        for (file, text) in BUNDLED {
            assert_eq!(std::fs::read_to_string(root.join(file)).expect("the file on disk"), *text, "{file}");
        }
        assert!(!is_dir(&bundled("data/sources.toml")));
        assert_eq!(read_to_string(&bundled("data/nope.toml")).unwrap_err().kind(), io::ErrorKind::NotFound);
    }

    #[test]
    fn sizes_are_shown_in_the_unit_they_were_given_in() {
        assert_eq!(show_size(DEFAULT_MAX_FILE_BYTES), "4 MiB");
        assert_eq!(show_size(512 * 1024), "512 KiB");
        assert_eq!(show_size(1000), "1000 bytes");
    }
}
