//! The storage contract, one suite run against both stores: SQLite in a temporary file, and
//! PostgreSQL in a fresh database per test (created and dropped by the test). Several handles
//! on one database stand for several processes.

use crate::support;

use std::sync::Arc;

use alliance_digest::content::facts::{Domain, Topics};
use alliance_digest::digests::model::{
    Claimed, Delivery, DeliveryState, Finish, Intent, Lease, Note, Outcome, Pause, Subscribed, Subscription,
    Target,
};
use alliance_digest::digests::schedule::{Frequency, Schedule};
use alliance_digest::languages::LanguageSetting;
use alliance_digest::storage::{self, IdentifyTurn, Storage};
use chrono::{DateTime, NaiveDate, Utc};
use support::postgres::TestDatabase;

enum Backend {
    Sqlite(tempfile::TempDir),
    Postgres(TestDatabase),
}

impl Backend {
    fn url(&self) -> String {
        match self {
            Backend::Sqlite(dir) => format!("sqlite://{}", dir.path().join("bot.db").display()),
            Backend::Postgres(db) => db.url(),
        }
    }

    /// A handle on the database, as one process opens it.
    async fn open(&self) -> Arc<dyn Storage> {
        storage::open(&self.url()).await.expect("the database opens")
    }
}

/// Each contract test, on SQLite and on Postgres.
macro_rules! on_both_stores {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let backend = super::Backend::Sqlite(tempfile::tempdir().expect("a temporary folder"));
                super::$name(&backend).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let backend = super::Backend::Postgres(super::TestDatabase::create().await);
                super::$name(&backend).await;
            }
        }
    )*};
}

on_both_stores!(
    settings_survive_reopening_the_database,
    a_subscription_is_replaced_paused_and_ended,
    a_delivery_is_recorded_once_and_moves_its_subscription_on,
    concurrent_claims_never_share_a_subscription,
    an_expired_claim_is_taken_over_and_its_old_holder_records_nothing,
    a_registration_is_claimed_once_per_fingerprint_across_processes,
    a_write_is_fenced_by_its_claim_and_a_claim_taken_over_fences_its_old_holder_off,
    an_interaction_id_is_answered_once_across_processes,
    a_server_subscribes_several_channels_each_with_its_own_schedule_and_log,
    a_database_of_the_previous_schema_keeps_its_subscription_and_deliveries,
    an_identify_turn_is_granted_once_per_bucket_per_spacing_across_processes,
    a_personal_digest_is_one_per_user_follows_their_language_and_pauses_closed,
    a_servers_layout_is_kept_beside_its_language_and_survives_reopening,
);

fn at(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).expect("an instant")
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a date")
}

fn lease(holder: &str, now: i64, seconds: i64) -> Lease {
    Lease { holder: holder.to_owned(), now: at(now), until: at(now + seconds) }
}

fn subscription_of(guild: u64, next_run: i64) -> Subscription {
    let schedule =
        Schedule::new(Frequency::Weekly, "08:30", Some("Europe/Paris"), Some(chrono::Weekday::Tue), None)
            .expect("a schedule");
    Subscription {
        guild_locale: Some("fr".into()),
        ..Subscription::new(guild, guild + 1, schedule, at(next_run))
    }
}

fn intent(guild: u64, period: &str) -> Delivery {
    Delivery {
        guild_id: guild,
        period: day(period),
        channel_id: guild + 1,
        nonce: format!("n{guild}"),
        state: DeliveryState::Pending,
        message_id: None,
        watermark: day("2026-11-20"),
        recorded_at: at(1_000),
        attempts: 1,
    }
}

async fn settings_survive_reopening_the_database(backend: &Backend) {
    let store = backend.open().await;
    assert_eq!(store.language(1).await.expect("a read"), None);
    store.set_language(1, &LanguageSetting::Fixed("fr".into()), at(10)).await.expect("a write");
    store.set_language(2, &LanguageSetting::Auto, at(10)).await.expect("a write");
    store.close().await;
    let store = backend.open().await;
    assert_eq!(store.language(1).await.expect("a read"), Some(LanguageSetting::Fixed("fr".into())));
    assert_eq!(store.language(2).await.expect("a read"), Some(LanguageSetting::Auto));
    store.set_language(1, &LanguageSetting::Auto, at(20)).await.expect("an update");
    assert_eq!(store.language(1).await.expect("a read"), Some(LanguageSetting::Auto));
    store.close().await;
}

async fn a_subscription_is_replaced_paused_and_ended(backend: &Backend) {
    let store = backend.open().await;
    assert_eq!(
        store.subscribe(&subscription_of(7, 1_000), 10, at(0)).await.expect("subscribed"),
        Subscribed::New
    );
    assert_eq!(
        store.subscribe(&subscription_of(7, 1_000), 10, at(0)).await.expect("replaced"),
        Subscribed::Replaced,
        "a second one replaces"
    );
    let read = store.subscription(7, 8).await.expect("a read").expect("found");
    assert_eq!(read, subscription_of(7, 1_000), "read back as written");
    assert_eq!(store.next_due_after(at(0)).await.expect("next"), Some(at(1_000)));
    assert!(
        store.claim_due(at(999), &lease("a", 999, 30), 10).await.expect("claimed").is_empty(),
        "not yet due"
    );

    let claimed = store.claim_due(at(1_000), &lease("a", 1_000, 30), 10).await.expect("claimed");
    assert_eq!(claimed.len(), 1);
    let finished = store
        .finish(&claimed[0].claim, day("2026-12-01"), &Finish::Paused(Pause::Forbidden), at(1_001))
        .await;
    assert!(finished.expect("recorded"));
    assert!(
        store.claim_due(at(100_000), &lease("a", 2_000, 30), 10).await.expect("claimed").is_empty(),
        "a paused subscription is never due"
    );
    let paused = store.subscription(7, 8).await.expect("a read").expect("found");
    assert_eq!(paused.paused, Some(Pause::Forbidden));
    assert_eq!(paused.last.map(|l| l.outcome), Some(Outcome::Paused(Pause::Forbidden)));
    assert!(store.claim_pause_notice(8).await.expect("claimed"), "the server is told once");
    assert!(!store.claim_pause_notice(8).await.expect("answered"), "not twice");
    assert!(store.subscription(7, 8).await.expect("a read").expect("found").pause_noticed);
    store.subscribe(&subscription_of(7, 20_000), 10, at(7_000)).await.expect("subscribed again");
    let resumed = store.subscription(7, 8).await.expect("a read").expect("found");
    assert_eq!((resumed.paused, resumed.pause_noticed), (None, false), "unpaused");
    assert!(!store.claim_pause_notice(8).await.expect("answered"), "nothing to tell while it runs");
    assert!(
        store.unsubscribe(9, 8).await.expect("answered").is_none(),
        "another server's channel: not ended"
    );
    assert!(store.unsubscribe(7, 8).await.expect("unsubscribed").is_some());
    assert!(store.subscription(7, 8).await.expect("a read").is_none());
    assert!(store.unsubscribe(7, 8).await.expect("unsubscribed").is_none());
    store.close().await;
}

async fn a_delivery_is_recorded_once_and_moves_its_subscription_on(backend: &Backend) {
    let store = backend.open().await;
    store.subscribe(&subscription_of(7, 1_000), 10, at(0)).await.expect("subscribed");
    let Claimed { claim, .. } =
        store.claim_due(at(1_000), &lease("a", 1_000, 30), 10).await.expect("claimed").remove(0);
    let delivery = intent(7, "2026-11-24");
    assert_eq!(store.record_intent(&delivery).await.expect("recorded"), Intent::New);
    let Intent::Existing(again) = store.record_intent(&delivery).await.expect("recorded twice") else {
        panic!("a second intent finds the first")
    };
    assert_eq!((again.state, again.attempts, again.nonce.as_str()), (DeliveryState::Pending, 1, "n7"));
    assert_eq!(again.recorded_at, at(1_000));

    let sent = Finish::Sent { message_id: 99, next_run: at(5_000), notes: Vec::new() };
    assert!(store.finish(&claim, delivery.period, &sent, at(1_001)).await.expect("finished"));
    let moved = store.subscription(7, 8).await.expect("a read").expect("found");
    assert_eq!(moved.next_run, at(5_000));
    assert_eq!(moved.watermark, Some(day("2026-11-20")), "the watermark the delivery carried");
    let last = moved.last.expect("a last run");
    assert_eq!((last.at, last.period, last.outcome), (at(1_001), delivery.period, Outcome::Posted));
    let Intent::Existing(after) = store.record_intent(&delivery).await.expect("recorded after") else {
        panic!("existing")
    };
    assert_eq!((after.state, after.message_id, after.attempts), (DeliveryState::Sent, Some(99), 2));
    let twice = store.finish(&claim, delivery.period, &sent, at(1_002)).await.expect("answered");
    assert!(!twice, "a claim is finished once");

    // A run with nothing new moves the schedule on without touching the watermark.
    let claimed = store.claim_due(at(5_000), &lease("a", 5_000, 30), 10).await.expect("claimed");
    let nothing = Finish::NothingNew { next_run: at(9_000) };
    assert!(store.finish(&claimed[0].claim, day("2026-12-01"), &nothing, at(5_001)).await.expect("finished"));
    let moved = store.subscription(7, 8).await.expect("a read").expect("found");
    assert_eq!((moved.next_run, moved.watermark), (at(9_000), Some(day("2026-11-20"))));
    assert_eq!(moved.last.map(|l| l.outcome), Some(Outcome::NothingNew));

    // A failed post: the same nonce at the next try, which sees it failed.
    let claimed = store.claim_due(at(9_000), &lease("a", 9_000, 30), 10).await.expect("claimed");
    let failed_run = intent(7, "2026-12-08");
    assert_eq!(store.record_intent(&failed_run).await.expect("recorded"), Intent::New);
    let failed = Finish::Failed { status: 503, retry_at: at(9_300) };
    assert!(store.finish(&claimed[0].claim, failed_run.period, &failed, at(9_001)).await.expect("finished"));
    let Intent::Existing(retry) = store.record_intent(&failed_run).await.expect("recorded") else {
        panic!("existing")
    };
    assert_eq!(retry.state, DeliveryState::Failed);
    assert_eq!(store.next_due_after(at(9_001)).await.expect("next"), Some(at(9_300)));
    store.close().await;
}

async fn concurrent_claims_never_share_a_subscription(backend: &Backend) {
    let setup = backend.open().await;
    for guild in 0..300 {
        setup
            .subscribe(&subscription_of(guild, 1_000 + guild as i64 % 7), 10, at(0))
            .await
            .expect("subscribed");
    }
    setup.close().await;
    // Four processes claim together, in small batches, until nothing is left.
    let mut claimers = tokio::task::JoinSet::new();
    for process in 0..4 {
        let store = backend.open().await;
        claimers.spawn(async move {
            let holder = format!("process-{process}");
            let mut mine = Vec::new();
            loop {
                let claimed =
                    store.claim_due(at(2_000), &lease(&holder, 2_000, 30), 7).await.expect("claimed");
                if claimed.is_empty() {
                    break;
                }
                assert!(claimed.iter().all(|c| c.claim.holder == holder && c.claim.attempt == 1));
                mine.extend(claimed.into_iter().map(|c| c.subscription.guild_id));
            }
            store.close().await;
            mine
        });
    }
    let mut all: Vec<u64> = Vec::new();
    let mut busy = 0;
    while let Some(mine) = claimers.join_next().await {
        let mine = mine.expect("a claimer");
        busy += usize::from(!mine.is_empty());
        all.extend(mine);
    }
    all.sort_unstable();
    assert_eq!(all, (0..300).collect::<Vec<u64>>(), "every subscription claimed, each once");
    assert!(busy >= 2, "the claims were shared out");
}

async fn an_expired_claim_is_taken_over_and_its_old_holder_records_nothing(backend: &Backend) {
    let (a, b) = (backend.open().await, backend.open().await);
    for guild in [1, 2, 3] {
        a.subscribe(&subscription_of(guild, 1_000), 10, at(0)).await.expect("subscribed");
    }
    let mut held = a.claim_due(at(1_000), &lease("a", 1_000, 30), 2).await.expect("claimed");
    assert_eq!(held.len(), 2);
    let other = b.claim_due(at(1_000), &lease("b", 1_010, 30), 10).await.expect("claimed");
    assert_eq!(other.len(), 1, "b gets only what a did not hold");
    assert!(b.release(&other[0].claim).await.expect("released"));

    // a renews one claim and not the other; once the other's lease runs out, b takes it.
    let renewed = a.renew(&lease("a", 1_020, 30), &[held[0].claim.clone()]).await.expect("renewed");
    assert_eq!(renewed, [(held[0].claim.channel_id, held[0].claim.attempt)]);
    let taken = b.claim_due(at(1_000), &lease("b", 1_035, 30), 10).await.expect("claimed");
    let mut taken_channels: Vec<u64> = taken.iter().map(|c| c.claim.channel_id).collect();
    taken_channels.sort_unstable();
    let mut expected = vec![held[1].claim.channel_id, other[0].claim.channel_id];
    expected.sort_unstable();
    assert_eq!(taken_channels, expected, "the expired claim and the released one; not the renewed one");
    let stolen = taken.iter().find(|c| c.claim.channel_id == held[1].claim.channel_id).expect("taken over");
    assert_eq!(stolen.claim.attempt, 2, "a new attempt");

    // The old holder's outcome is refused; the new one's recorded.
    let period = day("2026-11-24");
    let sent = |id| Finish::Sent { message_id: id, next_run: at(9_000), notes: Vec::new() };
    let late = held.remove(1);
    assert!(!a.finish(&late.claim, period, &sent(1), at(1_040)).await.expect("answered"), "fenced off");
    assert!(!a.release(&late.claim).await.expect("answered"), "and cannot give it back either");
    assert_eq!(
        b.renew(&lease("b", 1_040, 30), std::slice::from_ref(&stolen.claim)).await.expect("renewed").len(),
        1
    );
    assert!(a
        .renew(&lease("a", 1_040, 30), std::slice::from_ref(&late.claim))
        .await
        .expect("answered")
        .is_empty());
    assert!(b.finish(&stolen.claim, period, &sent(2), at(1_041)).await.expect("recorded"));
    let last = a
        .subscription(stolen.subscription.guild_id, stolen.claim.channel_id)
        .await
        .expect("a read")
        .expect("found");
    assert_eq!(last.next_run, at(9_000));
    // The renewed one is still a's to finish.
    assert!(a.finish(&held[0].claim, period, &sent(3), at(1_042)).await.expect("recorded"));
    a.close().await;
    b.close().await;
}

/// The fence before each Discord write: it holds, extending the lease, only for the claim's
/// holder and attempt; a holder frozen past its lease and taken over is refused, as is an
/// earlier attempt of the same holder, and a subscription ended meanwhile.
async fn a_write_is_fenced_by_its_claim_and_a_claim_taken_over_fences_its_old_holder_off(backend: &Backend) {
    let (a, b) = (backend.open().await, backend.open().await);
    a.subscribe(&subscription_of(1, 1_000), 10, at(0)).await.expect("subscribed");
    let held = a.claim_due(at(1_000), &lease("a", 1_000, 30), 1).await.expect("claimed");
    let mine = held[0].claim.clone();
    assert!(a.fence(&mine, &lease("a", 1_020, 30)).await.expect("answered"), "the holder may write");
    let early = b.claim_due(at(1_000), &lease("b", 1_040, 30), 10).await.expect("answered");
    assert!(early.is_empty(), "the fence extended the lease past its first end (1_030)");

    // a is frozen past its lease; b takes the claim over.
    let taken = b.claim_due(at(1_000), &lease("b", 1_060, 30), 10).await.expect("claimed");
    assert_eq!(taken.len(), 1);
    let theirs = taken[0].claim.clone();
    assert_eq!((theirs.holder.as_str(), theirs.attempt), ("b", mine.attempt + 1));
    assert!(!a.fence(&mine, &lease("a", 1_061, 30)).await.expect("answered"), "a resumed writes nothing");
    assert!(a.renew(&lease("a", 1_061, 30), std::slice::from_ref(&mine)).await.expect("answered").is_empty());
    assert!(b.fence(&theirs, &lease("b", 1_062, 30)).await.expect("answered"), "a's fence changed nothing");
    let still = b.claim_due(at(1_000), &lease("a", 1_070, 30), 10).await.expect("answered");
    assert!(still.is_empty(), "b's lease runs until 1_092");

    // An earlier attempt of the same holder is fenced off too.
    let period = day("2026-11-24");
    let failed = Finish::Failed { status: 500, retry_at: at(1_000) };
    assert!(b.finish(&theirs, period, &failed, at(1_063)).await.expect("recorded"));
    let again = b.claim_due(at(1_000), &lease("b", 1_064, 30), 10).await.expect("claimed");
    assert_eq!(again.len(), 1);
    assert!(!b.fence(&theirs, &lease("b", 1_065, 30)).await.expect("answered"), "the earlier attempt");
    assert!(b.fence(&again[0].claim, &lease("b", 1_065, 30)).await.expect("answered"), "the new one");

    // A subscription ended while a claim was in hand: nothing more is written for it.
    b.unsubscribe(1, 2).await.expect("unsubscribed").expect("it existed");
    assert!(!b.fence(&again[0].claim, &lease("b", 1_066, 30)).await.expect("answered"));
    a.close().await;
    b.close().await;
}

async fn a_registration_is_claimed_once_per_fingerprint_across_processes(backend: &Backend) {
    let (a, b) = (backend.open().await, backend.open().await);
    let claims = futures_util::future::join_all((0..8).map(|n| {
        let store = if n % 2 == 0 { &a } else { &b };
        store.claim_registration("v1", at(10))
    }))
    .await;
    let won = claims.into_iter().map(|c| c.expect("answered")).filter(|won| *won).count();
    assert_eq!(won, 1, "one process registers");
    // Until Discord took them, the other process sees them on their way.
    assert_eq!(b.registration_pending_since("v1").await.expect("answered"), Some(at(10)));
    a.confirm_registration("v1").await.expect("confirmed");
    assert_eq!(b.registration_pending_since("v1").await.expect("answered"), None, "done");
    assert_eq!(b.registration_pending_since("v0").await.expect("answered"), None, "never claimed");
    assert!(!a.claim_registration("v1", at(20)).await.expect("answered"), "not again at a restart");
    assert!(b.claim_registration("v2", at(20)).await.expect("answered"), "changed commands register");
    b.release_registration("v2").await.expect("given back");
    assert!(a.claim_registration("v2", at(30)).await.expect("answered"), "a failed one is retried");
    a.close().await;
    b.close().await;
}

async fn an_interaction_id_is_answered_once_across_processes(backend: &Backend) {
    let (a, b) = (backend.open().await, backend.open().await);
    let id = 1_200_000_000_000_000_007;
    let answers = futures_util::future::join_all((0..8).map(|n| {
        let store = if n % 2 == 0 { &a } else { &b };
        store.first_answer(id, at(100), at(0))
    }))
    .await;
    let first = answers.into_iter().map(|a| a.expect("answered")).filter(|first| *first).count();
    assert_eq!(first, 1, "one process answers it; every other sees a replay");
    assert!(b.first_answer(id + 1, at(110), at(0)).await.expect("answered"), "another id is new");
    assert!(!a.first_answer(id + 1, at(120), at(0)).await.expect("answered"), "a replay, from the other");
    // Past the window the ids are forgotten (the signature's timestamp refuses them by then).
    assert!(a.first_answer(id + 2, at(1_000), at(700)).await.expect("answered"));
    assert!(b.first_answer(id, at(1_001), at(700)).await.expect("answered"), "forgotten after the window");
    assert!(!a.first_answer(id + 2, at(1_002), at(700)).await.expect("answered"), "kept within it");
    a.close().await;
    b.close().await;
}

async fn a_server_subscribes_several_channels_each_with_its_own_schedule_and_log(backend: &Backend) {
    let store = backend.open().await;
    let schedule =
        Schedule::new(Frequency::Daily, "08:00", Some("Europe/Paris"), None, None).expect("a schedule");
    let military = Subscription {
        topics: Topics::of([Domain::Military]),
        role_id: Some(77),
        target: Target::Announcement,
        publish: true,
        thread: true,
        ..Subscription::new(5, 51, schedule, at(1_000))
    };
    let forum = Subscription {
        target: Target::Forum { tag: Some(99) },
        ..Subscription::new(5, 52, schedule, at(2_000))
    };
    assert_eq!(store.subscribe(&military, 2, at(0)).await.expect("subscribed"), Subscribed::New);
    assert_eq!(store.subscribe(&forum, 2, at(1)).await.expect("subscribed"), Subscribed::New);
    let third = Subscription::new(5, 53, schedule, at(3_000));
    assert_eq!(store.subscribe(&third, 2, at(2)).await.expect("answered"), Subscribed::Full, "at the limit");
    assert!(store.subscription(5, 53).await.expect("a read").is_none(), "nothing stored");
    assert_eq!(
        store.subscribe(&military, 2, at(3)).await.expect("replaced"),
        Subscribed::Replaced,
        "replacing one is no new one"
    );
    assert_eq!(store.subscribe(&third, 10, at(4)).await.expect("another server's limit"), Subscribed::New);
    let all = store.subscriptions(5).await.expect("a read");
    assert_eq!(all.iter().map(|s| s.channel_id).collect::<Vec<_>>(), [51, 52, 53], "oldest first");
    assert_eq!(all[0], military, "topics, role, publishing and thread read back as written");
    assert_eq!(all[1].target, Target::Forum { tag: Some(99) });
    assert!(store.subscriptions(6).await.expect("a read").is_empty());

    // Each channel is claimed, delivered and logged on its own.
    let claimed = store.claim_due(at(1_000), &lease("a", 1_000, 30), 10).await.expect("claimed");
    assert_eq!(claimed.iter().map(|c| c.claim.channel_id).collect::<Vec<_>>(), [51], "only the due one");
    let run = Delivery { guild_id: 5, channel_id: 51, nonce: "n51".into(), ..intent(5, "2026-11-24") };
    assert_eq!(store.record_intent(&run).await.expect("recorded"), Intent::New);
    let other = Delivery { guild_id: 5, channel_id: 52, nonce: "n52".into(), ..intent(5, "2026-11-24") };
    assert_eq!(
        store.record_intent(&other).await.expect("recorded"),
        Intent::New,
        "same period, other channel"
    );
    let notes = vec![Note::PublishRefused(403)];
    let sent = Finish::Sent { message_id: 500, next_run: at(5_000), notes: notes.clone() };
    assert!(store.finish(&claimed[0].claim, run.period, &sent, at(1_001)).await.expect("finished"));
    let after = store.subscription(5, 51).await.expect("a read").expect("found");
    let last = after.last.expect("a last run");
    assert_eq!(
        (last.outcome, last.message_id, last.notes.clone()),
        (Outcome::Posted, Some(500), notes.clone())
    );
    assert_eq!(after.watermark, Some(day("2026-11-20")));
    assert_eq!(store.subscription(5, 52).await.expect("a read").expect("found").watermark, None, "its own");

    // Twelve more runs: the log shows the newest first, as many as asked.
    for n in 0..12 {
        let claimed = store.claim_due(at(100_000), &lease("a", 2_000 + n, 30), 10).await.expect("claimed");
        let mine = claimed.iter().find(|c| c.claim.channel_id == 51).expect("due again");
        let finish = Finish::NothingNew { next_run: at(5_000) };
        assert!(store
            .finish(&mine.claim, day("2026-11-25"), &finish, at(2_000 + n))
            .await
            .expect("finished"));
        for c in claimed.iter().filter(|c| c.claim.channel_id != 51) {
            store.release(&c.claim).await.expect("released");
        }
    }
    let log = store.history(5, 51, 10).await.expect("a read");
    assert_eq!(log.len(), 10);
    assert_eq!(log[0].at, at(2_011), "newest first");
    assert!(log.iter().all(|r| r.outcome == Outcome::NothingNew));
    let whole = store.history(5, 51, 100).await.expect("a read");
    assert_eq!(whole.len(), 13);
    assert_eq!(
        (whole[12].outcome.clone(), whole[12].message_id, whole[12].notes.clone()),
        (Outcome::Posted, Some(500), notes)
    );
    assert!(store.history(6, 51, 10).await.expect("a read").is_empty(), "another server sees nothing");
    store.close().await;
}

/// A database the previous version made (one subscription per server, deliveries by server)
/// keeps its subscription and its deliveries, unchanged, once migrated.
async fn a_database_of_the_previous_schema_keeps_its_subscription_and_deliveries(backend: &Backend) {
    match backend {
        Backend::Sqlite(_) => {
            let url = backend.url();
            let options = <sqlx::sqlite::SqliteConnectOptions as std::str::FromStr>::from_str(&url)
                .expect("a URL")
                .create_if_missing(true);
            let pool = sqlx::SqlitePool::connect_with(options).await.expect("a database");
            let mut previous = sqlx::migrate!("./migrations/sqlite");
            previous.migrations = previous.migrations.iter().filter(|m| m.version <= 4).cloned().collect();
            previous.run(&pool).await.expect("the previous migrations");
            for statement in [
                "INSERT INTO digest_subscriptions (guild_id, channel_id, frequency, weekday, day, local_time, zone, \
                 guild_locale, next_run, paused, watermark, last_run, last_period, last_outcome, created_at, updated_at) \
                 VALUES (7, 8, 'weekly', 2, NULL, '08:30', 'Europe/Paris', 'fr', 1000, NULL, '2026-11-20', 900, \
                 '2026-11-17', 'posted', 0, 900)",
                "INSERT INTO digest_deliveries (guild_id, period, channel_id, nonce, state, message_id, watermark, \
                 recorded_at, attempts) VALUES (7, '2026-11-17', 8, 'old-nonce', 'sent', 42, '2026-11-20', 900000, 1)",
            ] {
                sqlx::query(statement).execute(&pool).await.expect("an old row");
            }
            pool.close().await;
        }
        Backend::Postgres(db) => {
            let pool = sqlx::PgPool::connect(&db.url()).await.expect("a database");
            let mut previous = sqlx::migrate!("./migrations/postgres");
            previous.migrations = previous.migrations.iter().filter(|m| m.version <= 2).cloned().collect();
            previous.run(&pool).await.expect("the previous migrations");
            for statement in [
                "INSERT INTO digest_subscriptions (guild_id, channel_id, frequency, weekday, day, local_time, zone, \
                 guild_locale, next_run, paused, watermark, last_run, last_period, last_outcome, created_at, updated_at) \
                 VALUES (7, 8, 'weekly', 2, NULL, '08:30', 'Europe/Paris', 'fr', to_timestamp(1000), NULL, '2026-11-20', \
                 to_timestamp(900), '2026-11-17', 'posted', to_timestamp(0), to_timestamp(900))",
                "INSERT INTO digest_deliveries (guild_id, period, channel_id, nonce, state, message_id, watermark, \
                 recorded_at, attempts) VALUES (7, '2026-11-17', 8, 'old-nonce', 'sent', 42, '2026-11-20', to_timestamp(900), 1)",
            ] {
                sqlx::query(statement).execute(&pool).await.expect("an old row");
            }
            pool.close().await;
        }
    }
    let store = backend.open().await;
    let carried = store.subscription(7, 8).await.expect("a read").expect("carried over");
    let mut expected = subscription_of(7, 1_000);
    expected.watermark = Some(day("2026-11-20"));
    let last = carried.last.clone().expect("its last run");
    assert_eq!((last.at, last.period, last.outcome), (at(900), day("2026-11-17"), Outcome::Posted));
    expected.last = carried.last.clone();
    assert_eq!(carried, expected, "every topic, no role, a text channel: as it posted before");
    let Intent::Existing(delivery) = store.record_intent(&intent(7, "2026-11-17")).await.expect("read")
    else {
        panic!("the old delivery is kept")
    };
    assert_eq!(
        (delivery.nonce.as_str(), delivery.state, delivery.message_id),
        ("old-nonce", DeliveryState::Sent, Some(42))
    );
    let log = store.history(7, 8, 10).await.expect("a read");
    assert_eq!(log.len(), 1, "the last run starts the log");
    assert_eq!(store.subscriptions(7).await.expect("a read").len(), 1);
    store.close().await;
}

/// A SQLite database of the schema before every instant was in milliseconds (version 7): its
/// instants in seconds read back as the same instants once migrated, and compare rightly with
/// those that were already in milliseconds (a lease, a delivery's intent, the run log).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sqlite_database_with_instants_in_seconds_reads_back_the_same_instants() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let backend = Backend::Sqlite(dir);
    let url = backend.url();
    let options = <sqlx::sqlite::SqliteConnectOptions as std::str::FromStr>::from_str(&url)
        .expect("a URL")
        .create_if_missing(true);
    let pool = sqlx::SqlitePool::connect_with(options.clone()).await.expect("a database");
    let mut previous = sqlx::migrate!("./migrations/sqlite");
    previous.migrations = previous.migrations.iter().filter(|m| m.version <= 7).cloned().collect();
    previous.run(&pool).await.expect("the previous migrations");
    let id: i64 = 1_200_000_000_000_000_007;
    for statement in [
        "INSERT INTO guild_settings (guild_id, language, updated_at) VALUES (7, 'fr', 900)".to_owned(),
        "INSERT INTO digest_subscriptions (channel_id, guild_id, frequency, weekday, day, local_time, zone, \
         guild_locale, next_run, paused, watermark, last_run, last_period, last_outcome, created_at, updated_at) \
         VALUES (8, 7, 'weekly', 2, NULL, '08:30', 'Europe/Paris', 'fr', 1000, NULL, '2026-11-20', 900, \
         '2026-11-17', 'posted', 0, 900)"
            .to_owned(),
        "INSERT INTO digest_runs (channel_id, guild_id, at, period, outcome) \
         VALUES (8, 7, 900000, '2026-11-17', 'posted')"
            .to_owned(),
        "INSERT INTO digest_deliveries (guild_id, period, channel_id, nonce, state, message_id, watermark, \
         recorded_at, attempts) VALUES (7, '2026-11-17', 8, 'old-nonce', 'sent', 42, '2026-11-20', 900000, 1)"
            .to_owned(),
        "INSERT INTO command_registrations (fingerprint, registered_at) VALUES ('v1', 900)".to_owned(),
        format!("INSERT INTO answered_interactions (interaction_id, answered_at) VALUES ({id}, 1000)"),
    ] {
        sqlx::query(&statement).execute(&pool).await.expect("an old row");
    }
    pool.close().await;

    let store = backend.open().await;
    assert_eq!(store.language(7).await.expect("a read"), Some(LanguageSetting::Fixed("fr".into())));
    let carried = store.subscription(7, 8).await.expect("a read").expect("carried over");
    assert_eq!(carried.next_run, at(1_000));
    let last = carried.last.expect("its last run");
    assert_eq!(last.at, at(900));
    assert_eq!(store.history(7, 8, 10).await.expect("a read")[0].at, last.at, "one instant, two columns");
    assert_eq!(store.next_due_after(at(999)).await.expect("next"), Some(at(1_000)));
    assert!(store.claim_due(at(999), &lease("a", 999, 30), 10).await.expect("answered").is_empty());
    let claimed = store.claim_due(at(1_000), &lease("a", 1_000, 30), 10).await.expect("claimed");
    assert_eq!(claimed.len(), 1, "due at the same instant as before");
    assert!(
        store.claim_due(at(1_000), &lease("b", 1_029, 30), 10).await.expect("answered").is_empty(),
        "the lease (milliseconds) still runs against a due time that was in seconds"
    );
    let Intent::Existing(delivery) = store.record_intent(&intent(7, "2026-11-17")).await.expect("read")
    else {
        panic!("the old delivery is kept")
    };
    assert_eq!(delivery.recorded_at, at(900));
    assert!(!store.claim_registration("v1", at(2_000)).await.expect("answered"), "still registered");
    assert!(
        !store.first_answer(id as u64, at(1_001), at(700)).await.expect("answered"),
        "answered at 1,000 s: kept past a window that starts at 700 s"
    );
    store.close().await;

    let pool = sqlx::SqlitePool::connect_with(options).await.expect("a database");
    for (sql, expected) in [
        ("SELECT updated_at FROM guild_settings", 900_000),
        ("SELECT next_run FROM digest_subscriptions", 1_000_000),
        ("SELECT created_at FROM digest_subscriptions", 0),
        ("SELECT last_run FROM digest_subscriptions", 900_000),
        ("SELECT registered_at FROM command_registrations", 900_000),
        ("SELECT answered_at FROM answered_interactions", 1_000_000),
    ] {
        let (value,): (i64,) = sqlx::query_as(sql).fetch_one(&pool).await.expect("a read");
        assert_eq!(value, expected, "{sql}");
    }
    pool.close().await;
}

/// How long a server's setting written through one process may take to reach another's
/// replies on Postgres.
const SETTINGS_REACH: std::time::Duration = std::time::Duration::from_millis(100);

/// Reads `guild`'s setting through `store` until it is `expected`, for at most `limit`: how
/// long that took, or `None`.
async fn reaches(
    store: &dyn Storage,
    guild: u64,
    expected: &LanguageSetting,
    limit: std::time::Duration,
) -> Option<std::time::Duration> {
    let started = std::time::Instant::now();
    while started.elapsed() <= limit {
        if store.language(guild).await.expect("a read").as_ref() == Some(expected) {
            return Some(started.elapsed());
        }
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
    }
    None
}

/// Writes a server's setting straight into the database, as no store would: without the
/// notification, so that what a store answers shows whether it read the database or its cache.
async fn write_unnoticed(connection: &mut sqlx::PgConnection, guild: u64, tag: &str) {
    sqlx::query(
        "INSERT INTO guild_settings (guild_id, language, updated_at) VALUES ($2, $1, now()) \
         ON CONFLICT (guild_id) DO UPDATE SET language = excluded.language",
    )
    .bind(tag)
    .bind(guild as i64)
    .execute(connection)
    .await
    .expect("a write behind the stores' backs");
}

/// Two handles (two processes) on `backend`'s Postgres database, and a connection behind their
/// backs; `a` has read server 1's setting ("fr") and keeps it though the database now says "de".
async fn two_processes_one_keeping_a_setting(
    backend: &Backend,
) -> (Arc<dyn Storage>, Arc<dyn Storage>, sqlx::PgConnection) {
    use sqlx::Connection;
    let (a, b) = (backend.open().await, backend.open().await);
    let mut behind = sqlx::PgConnection::connect(&backend.url()).await.expect("a connection");
    // Unnoticed, so that no notification of it may still be on its way to a.
    write_unnoticed(&mut behind, 1, "fr").await;
    assert_eq!(a.language(1).await.expect("a read"), Some(fixed("fr")));
    write_unnoticed(&mut behind, 1, "de").await;
    assert_eq!(a.language(1).await.expect("a read"), Some(fixed("fr")), "a kept what it read");
    (a, b, behind)
}

fn fixed(tag: &str) -> LanguageSetting {
    LanguageSetting::Fixed(tag.into())
}

/// Two processes on one Postgres database: each keeps the settings it read, and a `/language`
/// through one is what the other's next reply speaks, within 100 ms.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_settings_are_cached_and_a_write_through_another_process_reaches_them() {
    let db = TestDatabase::create().await;
    let backend = Backend::Postgres(db);
    let (a, b, _) = two_processes_one_keeping_a_setting(&backend).await;
    assert_eq!(a.language(2).await.expect("a read"), None, "no setting, kept too");

    for (n, setting) in [fixed("ja"), LanguageSetting::Auto, fixed("es")].into_iter().enumerate() {
        b.set_language(1, &setting, at(20 + n as i64)).await.expect("a write");
        let took = reaches(&*a, 1, &setting, std::time::Duration::from_secs(5)).await;
        let took = took.unwrap_or_else(|| panic!("{setting:?} never reached the other process"));
        assert!(took <= SETTINGS_REACH, "{setting:?} took {took:?} to reach the other process");
        // And the writer's own next reply, at once.
        assert_eq!(b.language(1).await.expect("a read"), Some(setting));
    }
    b.set_language(2, &fixed("ko"), at(30)).await.expect("a first setting");
    let took = reaches(&*a, 2, &fixed("ko"), std::time::Duration::from_secs(5)).await;
    assert!(took.is_some_and(|t| t <= SETTINGS_REACH), "a server without a setting gets one: {took:?}");
    a.close().await;
    b.close().await;
}

/// A process that lost the connection it LISTENs on may miss a notification: it drops what it
/// kept and reads the database at each use until the connection is back, then caches again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_settings_are_read_at_each_use_while_the_listener_is_lost() {
    use sqlx::Connection;
    let db = TestDatabase::create().await;
    let name = db.name.clone();
    let backend = Backend::Postgres(db);
    let (a, b, mut behind) = two_processes_one_keeping_a_setting(&backend).await;

    // No new connection to the database (so that the listeners cannot come back yet), and the
    // listeners' connections ended; the stores keep the connections they have.
    // (From the server's maintenance database: a database cannot refuse its own connections.)
    let mut admin = sqlx::PgConnection::connect(support::postgres::SERVER).await.expect("a connection");
    sqlx::query(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false"))
        .execute(&mut admin)
        .await
        .expect("connections refused");
    let (ended,): (i64,) = sqlx::query_as(
        "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity \
         WHERE datname = $1 AND query ILIKE 'LISTEN%'",
    )
    .bind(&name)
    .fetch_one(&mut admin)
    .await
    .expect("the listeners ended");
    assert_eq!(ended, 2, "one listener per process");
    let dropped = reaches(&*a, 1, &fixed("de"), std::time::Duration::from_secs(5)).await;
    assert!(dropped.is_some(), "a dropped what it kept once its listener was lost");
    for (n, tag) in ["it", "pt", "nl"].into_iter().enumerate() {
        b.set_language(1, &fixed(tag), at(20 + n as i64)).await.expect("a write");
        assert_eq!(a.language(1).await.expect("a read"), Some(fixed(tag)), "read at once, not kept");
        write_unnoticed(&mut behind, 1, "de").await;
        assert_eq!(a.language(1).await.expect("a read"), Some(fixed("de")), "nothing kept meanwhile");
    }

    // Back: once a caches again, a write through b reaches it as before.
    sqlx::query(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true"))
        .execute(&mut admin)
        .await
        .expect("connections allowed");
    let started = std::time::Instant::now();
    for n in 0.. {
        let (written, unnoticed) = (fixed(&format!("k{n}")), format!("u{n}"));
        b.set_language(1, &written, at(30)).await.expect("a write");
        let seen = reaches(&*a, 1, &written, std::time::Duration::from_secs(5)).await;
        assert!(seen.is_some(), "a write through b always reaches a");
        write_unnoticed(&mut behind, 1, &unnoticed).await;
        if a.language(1).await.expect("a read") == Some(written) {
            break;
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(15), "a never cached again");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    b.set_language(1, &fixed("en"), at(40)).await.expect("a write");
    let took = reaches(&*a, 1, &fixed("en"), std::time::Duration::from_secs(5)).await;
    assert!(took.is_some_and(|t| t <= SETTINGS_REACH), "the notification reaches a again: {took:?}");
    a.close().await;
    b.close().await;
}

/// Discord's identify limit, one IDENTIFY per bucket per 5 s across every process: two handles
/// (two processes) asking at once for a bucket's turn get one turn between them; another bucket
/// is not held up; the next turn comes a spacing after the last.
async fn an_identify_turn_is_granted_once_per_bucket_per_spacing_across_processes(backend: &Backend) {
    let spacing = std::time::Duration::from_millis(1_500);
    let (a, b) = (backend.open().await, backend.open().await);
    // Several callers on each handle, all at once, for bucket 0.
    let asks = (0..8).map(|n| {
        let store = if n % 2 == 0 { Arc::clone(&a) } else { Arc::clone(&b) };
        tokio::spawn(async move { store.claim_identify(0, spacing).await.expect("a turn or a wait") })
    });
    let mut turns = Vec::new();
    for ask in asks {
        turns.push(ask.await.expect("the ask finishes"));
    }
    let granted = turns.iter().filter(|t| **t == IdentifyTurn::Granted).count();
    assert_eq!(granted, 1, "one turn for the bucket: {turns:?}");
    for turn in &turns {
        if let IdentifyTurn::Wait(wait) = turn {
            assert!(!wait.is_zero() && *wait <= spacing, "the wait is the rest of the spacing: {wait:?}");
        }
    }
    // Bucket 1 is independent: its turn is free though bucket 0 just identified.
    assert_eq!(b.claim_identify(1, spacing).await.expect("a turn"), IdentifyTurn::Granted);
    let wait = match a.claim_identify(0, spacing).await.expect("a wait") {
        IdentifyTurn::Wait(wait) => wait,
        IdentifyTurn::Granted => panic!("bucket 0 identified less than a spacing ago"),
    };
    tokio::time::sleep(wait + std::time::Duration::from_millis(50)).await;
    let (first, second) = tokio::join!(a.claim_identify(0, spacing), b.claim_identify(0, spacing));
    let next = [first.expect("a turn or a wait"), second.expect("a turn or a wait")];
    assert_eq!(
        next.iter().filter(|t| **t == IdentifyTurn::Granted).count(),
        1,
        "one turn again once the spacing has passed: {next:?}"
    );
    a.close().await;
    b.close().await;
}

async fn a_personal_digest_is_one_per_user_follows_their_language_and_pauses_closed(backend: &Backend) {
    use alliance_digest::digests::model::{Pause, Target, PERSONAL_PER_USER};
    let store = backend.open().await;
    let (user, dm) = (500_u64, 507_u64);
    let schedule =
        Schedule::new(Frequency::Daily, "09:00", Some("Asia/Tokyo"), None, None).expect("a schedule");
    let personal = Subscription::personal(user, dm, schedule, "de", at(1_000));
    assert_eq!(store.subscribe(&personal, PERSONAL_PER_USER, at(0)).await.expect("new"), Subscribed::New);
    assert_eq!(
        store.subscribe(&personal, PERSONAL_PER_USER, at(0)).await.expect("again"),
        Subscribed::Replaced
    );
    // A second DM channel for the same user would be a second digest: refused.
    let other = Subscription { channel_id: dm + 1, ..personal.clone() };
    assert_eq!(store.subscribe(&other, PERSONAL_PER_USER, at(0)).await.expect("full"), Subscribed::Full);
    // A server's channel subscription, in a server whose id is another user's, is not followed.
    let server = subscription_of(user + 100, 1_000);
    store.subscribe(&server, 10, at(0)).await.expect("a server's subscription");

    store.follow_locale(user, "ja").await.expect("followed");
    store.follow_locale(user + 100, "ko").await.expect("nothing to follow");
    store.follow_locale(9_999, "ko").await.expect("no digest: nothing to follow");
    let kept = store.subscription(user, dm).await.expect("a read").expect("the personal digest");
    assert_eq!((kept.target, kept.guild_locale.as_deref()), (Target::Direct, Some("ja")));
    let server = store.subscription(user + 100, user + 101).await.expect("a read").expect("the server's");
    assert_eq!(server.guild_locale.as_deref(), Some("fr"), "a channel's digest keeps its server's locale");

    // Discord refused the DM: paused as closed, and the pause reads back.
    let lease = lease("a", 1_000, 60);
    let claimed = store.claim_due(at(1_000), &lease, 10).await.expect("claims");
    let claim =
        claimed.iter().find(|c| c.claim.channel_id == dm).expect("the personal digest is due").claim.clone();
    let finish = alliance_digest::digests::model::Finish::Paused(Pause::Closed);
    assert!(store.finish(&claim, day("2026-11-24"), &finish, at(1_001)).await.expect("finished"));
    let kept = store.subscription(user, dm).await.expect("a read").expect("kept");
    assert_eq!(kept.paused, Some(Pause::Closed));
    // Starting again lifts the pause.
    store.subscribe(&personal, PERSONAL_PER_USER, at(2_000)).await.expect("again");
    assert_eq!(store.subscription(user, dm).await.expect("a read").expect("kept").paused, None);
    store.close().await;
}

async fn a_servers_layout_is_kept_beside_its_language_and_survives_reopening(backend: &Backend) {
    use alliance_digest::languages::{LayoutSetting, ServerSettings};
    let store = backend.open().await;
    assert_eq!(store.settings(5).await.expect("a read"), ServerSettings::default());
    store.set_layout(5, LayoutSetting::Embeds, at(10)).await.expect("a write");
    let read = store.settings(5).await.expect("a read");
    assert_eq!(read.layout, Some(LayoutSetting::Embeds));
    assert_eq!(read.language, Some(LanguageSetting::Auto), "a layout alone leaves the language as with none");
    store.set_language(5, &LanguageSetting::Fixed("ja".into()), at(20)).await.expect("a write");
    store.set_language(6, &LanguageSetting::Fixed("de".into()), at(20)).await.expect("a write");
    store.set_layout(6, LayoutSetting::Components, at(30)).await.expect("a write");
    store.close().await;
    let store = backend.open().await;
    let five = store.settings(5).await.expect("a read");
    assert_eq!(
        (five.language, five.layout),
        (Some(LanguageSetting::Fixed("ja".into())), Some(LayoutSetting::Embeds))
    );
    let six = store.settings(6).await.expect("a read");
    assert_eq!(
        (six.language, six.layout),
        (Some(LanguageSetting::Fixed("de".into())), Some(LayoutSetting::Components))
    );
    store.close().await;
}
