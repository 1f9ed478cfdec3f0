//! Backups as operators use them: `alliance-digest backup FILE` copies the SQLite database while
//! the bot runs and writes; after a stop, the copy put back in place, the restarted bot has every
//! server's language and digest schedule that was confirmed before the copy.

use crate::support;

use std::path::Path;

use support::bot::{admin, content, title, user, World};
use support::{path_str, stderr, stdout};

const SERVERS: u64 = 6;
const FIRST: u64 = 4_000_000_000_000_000_000;

fn backup(url: &str, file: &Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_alliance-digest"))
        .args(["backup", path_str(file)])
        .env("DATABASE_URL", url)
        .current_dir(std::env::temp_dir())
        .output()
        .expect("the binary runs")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_the_bot_writes_restores_every_servers_settings_and_schedule() {
    let world = World::new().await;
    let channels: Vec<(u64, u64)> = (0..SERVERS)
        .map(|n| {
            world.standin.add_guild(FIRST + n, "en-US");
            (FIRST + n, world.standin.add_channel(FIRST + n, "digests", 0))
        })
        .collect();
    let bot = world.start_bot().await;
    for (guild, channel) in &channels {
        let set = world
            .command(Some(*guild), &admin(50, "en-US"), ("language", None, &[("value", "Français")]))
            .await;
        assert!(content(&set).starts_with("Replies in this server are now in French"), "{set}");
        let channel = channel.to_string();
        let options = [
            ("channel", channel.as_str()),
            ("frequency", "weekly"),
            ("time", "07:30"),
            ("weekday", "Friday"),
        ];
        let subscribed =
            world.command(Some(*guild), &admin(51, "en-US"), ("digest", Some("subscribe"), &options)).await;
        assert!(content(&subscribed).starts_with("Done: a digest will be posted"), "{subscribed}");
    }

    // The bot keeps writing while the copy is taken.
    let writer = async {
        for n in 0..40u64 {
            let value = if n % 2 == 0 { "English" } else { "Français" };
            world
                .command(
                    Some(FIRST + SERVERS + 1),
                    &admin(52, "en-US"),
                    ("language", None, &[("value", value)]),
                )
                .await;
        }
    };
    world.standin.add_guild(FIRST + SERVERS + 1, "en-US");
    let folder = tempfile::tempdir().expect("a temporary folder");
    let copy = folder.path().join("alliance-digest.backup.db");
    let url = world.database_url();
    let taking = tokio::task::spawn_blocking({
        let (url, copy) = (url.clone(), copy.clone());
        move || backup(&url, &copy)
    });
    let ((), taken) = tokio::join!(writer, taking);
    let taken = taken.expect("the backup task");
    assert!(taken.status.success(), "{}", stderr(&taken));
    assert!(stdout(&taken).starts_with(&format!("backup written: {}", copy.display())), "{}", stdout(&taken));
    let again = backup(&url, &copy);
    assert!(!again.status.success() && stderr(&again).contains("already exists"), "{}", stderr(&again));
    bot.stop().await;

    // Restore: the bot stopped, the copy put in the database's place (its WAL files gone).
    let database = Path::new(url.strip_prefix("sqlite://").expect("a sqlite URL"));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", database.display()));
    }
    std::fs::copy(&copy, database).expect("the backup is copied back");
    let bot = world.start_bot().await;
    for (guild, channel) in &channels {
        let reply =
            world.command(Some(*guild), &user(53, "en-US"), ("alliance", Some("military"), &[])).await;
        assert_eq!(title(&reply), "Coopération militaire", "the language of {guild} survived");
        let status = world.command(Some(*guild), &admin(54, "en-US"), ("digest", Some("status"), &[])).await;
        let status = content(&status);
        assert!(status.contains(&format!("<#{channel}>")) && status.contains("07:30"), "{status}");
    }
    world.assert_no_schema_errors();
    bot.stop().await;
}

#[test]
fn a_postgres_database_is_pointed_to_pg_dump_and_a_missing_one_is_an_error() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let postgres = backup("postgres://bot:secretpw@127.0.0.1/alliance", &folder.path().join("x.db"));
    assert!(!postgres.status.success());
    assert!(
        stderr(&postgres).contains("pg_dump") && !stderr(&postgres).contains("secretpw"),
        "{}",
        stderr(&postgres)
    );
    let missing = format!("sqlite://{}", folder.path().join("none.db").display());
    let output = backup(&missing, &folder.path().join("y.db"));
    assert!(
        !output.status.success() && stderr(&output).contains("cannot open the database"),
        "{}",
        stderr(&output)
    );
    assert!(!folder.path().join("none.db").exists(), "a backup creates no database");
}
