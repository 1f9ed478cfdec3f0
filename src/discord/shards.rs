//! Starting this process's shards within Discord's identify limit: shard `i` belongs to
//! rate-limit bucket `i % max_concurrency`, and a bucket may IDENTIFY once per 5 seconds across
//! every process of the bot, while buckets identify at the same time.
//!
//! serenity 0.12.5 starts a client's shards one after another, 5 seconds apart, whatever
//! `max_concurrency`, and knows nothing of other processes. So each shard runs in a client of
//! its own (serenity's 5-second wait is between the shards of one client, so it never applies),
//! one task per bucket starts that bucket's shards one after another, and before each start the
//! task takes a turn in the store ([`Storage::claim_identify`]), which every process shares.

use std::sync::Arc;
use std::time::Duration;

use poise::serenity_prelude as serenity;
use serenity::Client;
use tokio::task::{JoinError, JoinSet};

use crate::digests::pacing::Pace;
use crate::storage::{IdentifyTurn, Storage};

/// The spacing between two identifies of a bucket: Discord's 5 seconds, with a margin for the
/// time between a turn taken in the store and the IDENTIFY reaching Discord (connecting the
/// websocket, its HELLO), which may differ from one process to the next.
pub const IDENTIFY_TURN: Duration = Duration::from_millis(5_500);

/// The shortest wait before asking the store again for a refused turn: a wait rounded down to
/// nothing must not become a busy loop.
const RETRY_AT_LEAST: Duration = Duration::from_millis(20);

/// The rate-limit bucket of `shard`, as Discord counts them.
pub fn bucket_of(shard: u32, max_concurrency: u32) -> u32 {
    shard % max_concurrency.max(1)
}

/// The shards `first..=last`, grouped by bucket, each group in the order it starts (lowest
/// shard first), the buckets in order.
pub fn by_bucket<T>(shards: Vec<(u32, T)>, max_concurrency: u32) -> Vec<(u32, Vec<(u32, T)>)> {
    let mut buckets: Vec<(u32, Vec<(u32, T)>)> = Vec::new();
    for (shard, item) in shards {
        let bucket = bucket_of(shard, max_concurrency);
        match buckets.iter_mut().find(|(b, _)| *b == bucket) {
            Some((_, group)) => group.push((shard, item)),
            None => buckets.push((bucket, vec![(shard, item)])),
        }
    }
    buckets.sort_by_key(|(bucket, _)| *bucket);
    for (_, group) in &mut buckets {
        group.sort_by_key(|(shard, _)| *shard);
    }
    buckets
}

/// Waits for a turn of `bucket` in the store. A store that cannot be asked (Postgres down) must
/// not keep the bot off Discord: this process then waits a full spacing, which keeps its own
/// identifies of the bucket apart (its starts in a bucket are sequential).
pub async fn wait_turn(storage: &dyn Storage, bucket: u32, spacing: Duration) {
    loop {
        match storage.claim_identify(bucket, spacing).await {
            Ok(IdentifyTurn::Granted) => return,
            Ok(IdentifyTurn::Wait(wait)) => {
                tracing::debug!(bucket, wait_ms = wait.as_millis() as u64, "waiting for an identify turn");
                tokio::time::sleep(wait.max(RETRY_AT_LEAST)).await;
            }
            Err(error) => {
                tracing::warn!(%error, bucket, "cannot take an identify turn in the store; waiting a full spacing instead");
                tokio::time::sleep(spacing).await;
                return;
            }
        }
    }
}

/// How long the digests hold off when a shard starts.
pub const SHARD_START: Duration = Duration::from_millis(500);

/// Starts one bucket's shards, one turn each, then runs them: returns when the first of them
/// stops (an error, or shutdown).
pub async fn start_bucket(
    bucket: u32,
    shards: Vec<(u32, Client)>,
    total: u32,
    storage: Arc<dyn Storage>,
    pacer: Arc<dyn Pace>,
    spacing: Duration,
) -> Result<(), serenity::Error> {
    let mut running = JoinSet::new();
    for (shard, mut client) in shards {
        // A shard started earlier that fails while this one waits for its turn ends the run now.
        tokio::select! {
            () = wait_turn(storage.as_ref(), bucket, spacing) => {}
            Some(ended) = running.join_next() => return outcome(ended),
        }
        // A shard's start asks for the gateway (a request the digests' pacer does not hand
        // out), and its READY and a GUILD_CREATE per server then keep the process busy: digests
        // sent meanwhile would leave late and together, more than the limit in one second.
        pacer.hold(SHARD_START).await;
        tracing::info!(shard, bucket, total, "identifying");
        running.spawn(async move { client.start_shard(shard, total).await });
    }
    match running.join_next().await {
        Some(ended) => outcome(ended),
        None => Ok(()),
    }
}

/// A shard's client's end, as the run's outcome. (serenity's error is large; it is returned once,
/// when the run ends, so it is not boxed.)
#[allow(clippy::result_large_err)]
fn outcome(ended: Result<Result<(), serenity::Error>, JoinError>) -> Result<(), serenity::Error> {
    match ended {
        Ok(result) => result,
        Err(join) => {
            tracing::error!(%join, "a shard's task failed");
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_are_grouped_by_their_discord_bucket_in_start_order() {
        let shards: Vec<(u32, ())> = (2..=7).rev().map(|s| (s, ())).collect();
        let grouped: Vec<(u32, Vec<u32>)> = by_bucket(shards, 4)
            .into_iter()
            .map(|(bucket, group)| (bucket, group.into_iter().map(|(s, ())| s).collect()))
            .collect();
        assert_eq!(grouped, vec![(0, vec![4]), (1, vec![5]), (2, vec![2, 6]), (3, vec![3, 7])]);
        assert_eq!(bucket_of(5, 0), 0, "a max_concurrency of 0 is read as 1");
        assert_eq!(by_bucket(vec![(0, ()), (1, ())], 1).len(), 1);
    }
}
