//! Helpers shared by the integration tests: the built binary, the repo's folders, and throwaway
//! copies of them to break on purpose.
#![allow(dead_code)]

pub mod bot;
pub mod clock;
pub mod discord;
pub mod postgres;

/// Stories that load the machine (several bots or processes at once, thousands of connections)
/// run one at a time: their bounds are for the bot, not for two such loads sharing two cores.
pub static HEAVY: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the `alliance-digest` binary from a neutral folder, so only flags and env find the data.
pub fn run(args: &[&str], envs: &[(&str, &Path)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_alliance-digest"));
    command.args(args).current_dir(std::env::temp_dir()).env_remove("ALLIANCE_DATA_DIR");
    command.env_remove("ALLIANCE_LOCALES_DIR").env_remove("RUST_LOG");
    for (name, value) in envs {
        command.env(name, value);
    }
    command.output().expect("the binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// A fresh copy of the repo's `data/` and `locales/` in a temporary folder.
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

impl Workspace {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        copy_dir(&repo().join("data"), &dir.path().join("data"));
        copy_dir(&repo().join("locales"), &dir.path().join("locales"));
        Self { dir }
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn locales(&self) -> PathBuf {
        self.dir.path().join("locales")
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative)).expect("the file exists")
    }

    pub fn write(&self, relative: &str, text: &str) {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().expect("a parent folder")).expect("the folder is made");
        std::fs::write(path, text).expect("the file is written");
    }

    /// Writes the messages of new facts into every language folder: the French text in `fr`,
    /// the English one everywhere else (a test reads those two).
    pub fn write_messages(&self, file: &str, en: &str, fr: &str) {
        write_messages_in(self.dir.path(), file, en, fr);
    }

    /// Replaces the first occurrence of `old` in a file, which must contain it.
    pub fn edit(&self, relative: &str, old: &str, new: &str) {
        let text = self.read(relative);
        assert!(text.contains(old), "{relative} does not contain {old:?}");
        self.write(relative, &text.replacen(old, new, 1));
    }

    /// `check` on this workspace.
    pub fn check(&self) -> Output {
        let (data, locales) = (self.data(), self.locales());
        run(&["check", "--data", path_str(&data), "--locales", path_str(&locales)], &[])
    }
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("the folder is made");
    for entry in std::fs::read_dir(from).expect("the folder is readable") {
        let entry = entry.expect("a folder entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("the file is copied");
        }
    }
}

/// Writes a .ftl file into every language folder of `root/locales`: the French text in `fr`, the
/// English one everywhere else.
pub fn write_messages_in(root: &Path, file: &str, en: &str, fr: &str) {
    let folders = std::fs::read_dir(root.join("locales")).expect("a locales folder");
    for folder in folders.filter_map(|entry| entry.ok()).filter(|entry| entry.path().is_dir()) {
        let text = if folder.file_name() == "fr" { fr } else { en };
        std::fs::write(folder.path().join(file), text).expect("written");
    }
}

/// The line of the first occurrence of `needle` in a text, 1-based.
pub fn line_of(text: &str, needle: &str) -> usize {
    let offset = text.find(needle).expect("the needle is in the text");
    text[..offset].matches('\n').count() + 1
}

const RAIL_FACT: &str = "[[fact]]\nid = \"rail-link-talks\"\ndomain = \"economic\"\nwhen = \"2026-11\"\nadded = \"2026-11-30\"\nconfidence = \"reported\"\nsource = \"article\"\nattribution = \"south-korean-sources\"\n";

/// An editor's new fact (an economic one, attributed to South Korean sources, added on
/// 2026-11-30), with its sentence in both languages: the words first, then the fact.
pub fn add_rail_fact(root: &std::path::Path) {
    write_messages_in(
        root,
        "later.ftl",
        "fact-rail-link-talks = The two governments discussed a rail link.\n    .title = Rail link talks\n",
        "fact-rail-link-talks = Les deux gouvernements ont évoqué une liaison ferroviaire.\n    .title = Liaison ferroviaire\n",
    );
    std::fs::write(root.join("data/facts/later.toml"), RAIL_FACT).expect("written");
}

pub const GENERATED: usize = 1_800;
const DOMAINS: [&str; 5] = ["military", "diplomatic", "economic", "cultural", "outlook"];
/// A generated fact's attribution: none (the article's own voice), or one the article names.
const ATTRIBUTIONS: [&str; 3] = ["", "attribution = \"south-korean-sources\"\n", "attribution = \"seoul\"\n"];
const CONFIDENCES: [&str; 3] = ["confirmed", "reported", "alleged"];

/// The real store and locales, plus 1,800 generated facts with messages in both languages.
pub fn large_store() -> Workspace {
    let ws = Workspace::new();
    let mut data = String::new();
    let (mut en, mut fr) = (String::new(), String::new());
    for n in 0..GENERATED {
        let when = match n % 4 {
            // 450 facts in three months: a busy month needs pages too.
            0 => format!("2019-{:02}", 1 + (n / 4) % 3),
            1 => format!("{}-late/{}-spring", 2019 + n % 6, 2020 + n % 6),
            2 => format!("{}", 2019 + n % 7),
            _ => String::new(),
        };
        writeln!(data, "[[fact]]\nid = \"gen-{n}\"\ndomain = \"{}\"", DOMAINS[n % 5]).unwrap();
        if !when.is_empty() {
            writeln!(data, "when = \"{when}\"").unwrap();
        }
        writeln!(
            data,
            "added = \"2026-11-24\"\nconfidence = \"{}\"\nsource = \"article\"\n{}key = {}\nvalues = {{ marker = \"g{n}\", count = {} }}\n",
            CONFIDENCES[n % 3],
            ATTRIBUTIONS[n % 3],
            n % 3 == 0,
            10_000 + n
        )
        .unwrap();
        // Some sentences are long enough on their own to need splitting inside the line.
        let filler = if n == 7 { "ünïcödé 🇰🇵 漢字 ".repeat(400) } else { "é".repeat(n % 90) };
        writeln!(en, "fact-gen-{n} = Event ⟦{{ $marker }}⟧ counted {{ $count }} — {filler} 🇷🇺\n    .title = Key ⟦{{ $marker }}⟧ 한국어").unwrap();
        writeln!(fr, "fact-gen-{n} = Événement ⟦{{ $marker }}⟧ compté {{ $count }} — {filler} 🇷🇺\n    .title = Clé ⟦{{ $marker }}⟧ 한국어").unwrap();
    }
    ws.write("data/facts/generated.toml", &data);
    ws.write_messages("generated.ftl", &en, &fr);
    ws
}
