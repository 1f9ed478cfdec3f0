# Scheduled digests: the posts, and what /digest answers.

## A later digest: what the store gained since the one before.

reply-news-title = What is new in the alliance
reply-news-lead = { $count ->
        [one] One fact added since { $since }, by domain.
       *[other] { $count } facts added since { $since }, by domain.
    }
reply-corrections-lead = { $count ->
        [one] One fact an earlier digest carried has changed since: see the correction below.
       *[other] { $count } facts earlier digests carried have changed since: see the corrections below.
    }

## Corrections: a fact an earlier digest carried, revised or withdrawn since.

correction-heading = Correction
correction-revised = revised: { $note }
correction-withdrawn = withdrawn: { $note }
# A figure that changed, from the value the earlier digest carried to the current one.
correction-figure = { $from } → { $to }

## /digest

digest-cadence = { $frequency ->
        [daily] every day at { $time }
        [weekly] every { $weekday } at { $time }
       *[monthly] on day { $day } of every month at { $time }
    } ({ $zone })
digest-when = { $weekday }, { $date }, at { $time } ({ $zone })
digest-subscribed = Done: a digest will be posted in { $channel } { $cadence }. Next one: { $next }, that is { $timestamp } for you. The first digest is an overview; each later one brings what is new since the one before.
digest-replaced = This replaces the schedule this channel had.
digest-unsubscribed = The digest in { $channel } is stopped: nothing more will be posted.
digest-none = This server has no digest. Start one with /{ cmd-digest } { cmd-digest-subscribe }.
digest-status = Digest in { $channel }, { $cadence }.
digest-status-next = Next one: { $next }, that is { $timestamp } for you.
digest-status-paused = Paused: { $reason ->
        [forbidden] I am no longer allowed to post in { $channel }.
        [missing] I no longer have { $missing } in { $channel }.
       *[gone] { $channel } no longer exists.
    } Give me View Channel, Send Messages and Embed Links in a channel, then run /{ cmd-digest } { cmd-digest-subscribe } again.
digest-status-never = No digest has run yet: the first will be an overview.
digest-status-last = Last run: { $timestamp }, { $outcome }
digest-outcome-posted = posted.
digest-outcome-nothing-new = nothing was new since the previous digest, so nothing was posted.
digest-outcome-failed = Discord did not take the post ({ $status ->
        [0] no answer
       *[other] error { $status }
    }); it will be tried again.
digest-outcome-paused = posting stopped.
digest-outcome-posted-link = posted: { $link }
digest-outcome-paused-because = posting stopped: { $reason ->
        [forbidden] I lost a permission I need in { $channel }.
        [missing] I lost { $missing } in { $channel }.
       *[gone] { $channel } no longer exists.
    }
digest-none-here = No digest is posted in { $channel }. Start one with /{ cmd-digest } { cmd-digest-subscribe }.
digest-topics-all = Topics: every domain.
digest-topics = Topics: { $topics }.
digest-role = Each digest mentions { $role }, and nobody else.
digest-publish = Each digest is published to the servers that follow the channel.
digest-thread = A thread is opened on each digest for discussion.
digest-forum = Each digest is a new post of the forum.
digest-note-publish-refused = Discord did not publish it to the following servers ({ $status ->
        [0] no answer
       *[other] error { $status }
    }); the digest itself stays posted.
digest-note-thread-refused = Discord did not open its thread ({ $status ->
        [0] no answer
       *[other] error { $status }
    }); the digest itself stays posted.
digest-history = { $count ->
        [0] No digest has run in { $channel } yet.
        [one] The last run in { $channel }:
       *[other] The last { $count } runs in { $channel }, newest first:
    }
digest-history-run = { $timestamp }: { $outcome }
digest-preview-which = This server has several digests: say which with the channel option.
digest-paused-notice = The digest in { $channel } is paused: { $reason ->
        [forbidden] I lost a permission I need there.
        [missing] I lost { $missing } there.
       *[gone] the channel no longer exists.
    } An admin can resume it with /{ cmd-digest } { cmd-digest-subscribe }.
# A digest's thread or forum post: the digest's title and its date.
digest-thread-name = { $title } – { $date }
digest-preview = Here is what the next digest would post in { $channel }, { $next }:
digest-preview-empty = Nothing is new since the last digest: the next run would post nothing.
digest-outcome-dm-refused = Discord refused the direct message.
my-digest-started = Done: a digest will be sent to you by direct message { $cadence }. Next one: { $next }, that is { $timestamp } for you. It speaks the Discord language you last used with me. The first digest is an overview; each later one brings what is new since the one before.
my-digest-replaced = This replaces your earlier schedule.
my-digest-status = Your digest by direct message, { $cadence }.
my-digest-paused = Paused: Discord refused my direct message (your DMs are closed to me, or I am blocked). Once you accept my messages again, run /{ cmd-my-digest } { cmd-my-digest-start } again.
my-digest-stopped = Your digest by direct message is stopped: nothing more will be sent to you.
my-digest-none = You have no digest by direct message. Start one with /{ cmd-my-digest } { cmd-my-digest-start }.
my-digest-busy = Your digest was being changed elsewhere at the same moment: look at /{ cmd-my-digest } { cmd-my-digest-status }, then try again.
