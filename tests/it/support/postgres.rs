//! A fresh PostgreSQL database per test, on the machine's server at 127.0.0.1:5432 (user
//! `postgres`, trust authentication: `.ci/run` makes sure it runs), dropped when the test ends,
//! even by a panic.

#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};

use sqlx::{Connection, Executor, PgConnection};

/// The server's maintenance database, from which test databases are made.
pub const SERVER: &str = "postgres://postgres@127.0.0.1:5432/postgres";

static COUNTER: AtomicUsize = AtomicUsize::new(0);

pub struct TestDatabase {
    pub name: String,
}

impl TestDatabase {
    pub async fn create() -> TestDatabase {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name = format!(
            "alliance_test_{}_{}_{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        let mut server = PgConnection::connect(SERVER)
            .await
            .expect("PostgreSQL on 127.0.0.1:5432 (user postgres, trust): .ci/run starts it");
        server.execute(format!("CREATE DATABASE {name}").as_str()).await.expect("a test database");
        let _ = server.close().await;
        TestDatabase { name }
    }

    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:5432/{}", self.name)
    }

    /// The same database through another address (a proxy in front of the server).
    pub fn url_via(&self, port: u16) -> String {
        format!("postgres://postgres@127.0.0.1:{port}/{}", self.name)
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let _ = std::process::Command::new("dropdb")
            .args(["-h", "127.0.0.1", "-U", "postgres", "--force", "--if-exists", &self.name])
            .status();
    }
}
