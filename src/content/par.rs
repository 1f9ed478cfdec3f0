//! Work spread over threads: loading reads each language, and checks each, on a thread of its
//! own (the machine's cores are otherwise idle while one thread does it all).

/// `f` of each item, in order: each item but the last on a thread of its own, the last on this
/// one (as are any a thread could not be started for).
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let Some((last, others)) = items.split_last() else { return Vec::new() };
    let f = &f;
    std::thread::scope(|scope| {
        let started: Vec<_> = others
            .iter()
            .map(|item| std::thread::Builder::new().spawn_scoped(scope, move || f(item)).map_err(|_| item))
            .collect();
        let last = f(last);
        let mut results: Vec<R> = started
            .into_iter()
            .map(|started| match started {
                Ok(thread) => thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                Err(item) => f(item),
            })
            .collect();
        results.push(last);
        results
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_the_order_of_the_items() {
        let items: Vec<usize> = (0..5).collect();
        assert_eq!(super::map(&items, |n| n * 10), vec![0, 10, 20, 30, 40]);
        assert!(super::map(&[] as &[usize], |n| *n).is_empty());
    }
}
