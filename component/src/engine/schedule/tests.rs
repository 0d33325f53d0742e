//! The schedule's times against jiff (its bundled tzdata): offsets of every zone in the table
//! over the coming years, and the next occurrences of cron expressions against a walk over
//! every wall-clock minute.

use super::cron::Cron;
use super::zone::Zone;
use jiff::tz::TimeZone;

const START: i64 = 1_798_761_600; // 2027-01-01T00:00:00Z

#[test]
fn offsets_agree_with_jiff_for_every_zone() {
    let names: Vec<String> = super::zone::table()
        .map(|(name, _)| name)
        .filter(|n| n.contains('/'))
        .collect();
    assert!(names.len() > 300, "{}", names.len());
    let mut compared = 0;
    for name in names {
        let name = name.as_str();
        let Ok(theirs) = TimeZone::get(name) else {
            continue;
        };
        // Zones whose changes follow no yearly rule: approximated (the module says so).
        if name.contains("Casablanca") || name.contains("El_Aaiun") {
            continue;
        }
        let ours = Zone::named(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        // Every 6 hours over three years, and around each change.
        let mut t = START;
        while t < START + 3 * 366 * 86_400 {
            let ts = jiff::Timestamp::from_second(t).unwrap();
            let expected = i64::from(theirs.to_offset(ts).seconds());
            assert_eq!(ours.offset_at(t), expected, "{name} at {ts}");
            t += 6 * 3600;
        }
        compared += 1;
    }
    assert!(compared > 300, "{compared}");
}

/// The next occurrences by walking every wall-clock minute (or second) from `after`'s local
/// time, each mapped to an instant as jiff's "compatible" disambiguation does.
fn brute(cron: &Cron, zone: &str, after: i64, count: usize, step: i64) -> Vec<i64> {
    let tz = TimeZone::get(zone).unwrap();
    let start = jiff::Timestamp::from_second(after)
        .unwrap()
        .to_zoned_datetime(tz.clone());
    let mut wall =
        start.datetime().round(jiff::Unit::Minute).unwrap() - jiff::SignedDuration::from_secs(120);
    let mut found: Vec<i64> = Vec::new();
    let mut guard = 0;
    while found.len() < count && guard < 3_000_000 {
        guard += 1;
        wall += jiff::SignedDuration::from_secs(step);
        let weekday = wall.weekday().to_sunday_zero_offset() as u32;
        let ok = cron.matches_day(wall.month() as u32, wall.day() as u32, weekday)
            && cron.hours & (1 << wall.hour()) != 0
            && cron.minutes & (1 << wall.minute()) != 0
            && cron.seconds & (1 << wall.second()) != 0;
        if !ok {
            continue;
        }
        let at = tz
            .to_ambiguous_zoned_datetime(wall)
            .compatible()
            .unwrap()
            .timestamp()
            .as_second();
        if at > after && !found.contains(&at) {
            found.push(at);
        }
    }
    found.sort();
    found
}

fn ours(cron: &Cron, zone: &str, after: i64, count: usize) -> Vec<i64> {
    let zone = Zone::named(zone).unwrap();
    let mut at = after;
    let mut out = Vec::new();
    for _ in 0..count {
        let Some(next) = zone.next(cron, at) else {
            break;
        };
        out.push(next);
        at = next;
    }
    out
}

#[test]
fn next_occurrences_agree_with_a_walk_over_wall_clock_time() {
    // Around the changes to and from summer time in both hemispheres, and in a zone with a
    // half-hour offset.
    let march = 1_806_192_000; // 2027-03-28T00:00:00Z (the EU's change)
    let october = 1_824_854_400; // 2027-10-30T00:00:00Z (a day before the EU's)
    let april = 1_806_624_000; // 2027-04-02T00:00:00Z (Australia's change on the 4th)
    for (cron, zone, after) in [
        ("30 2 * * *", "Europe/Berlin", march - 86_400),
        ("*/20 1-3 * * *", "Europe/Berlin", march - 3600),
        ("0,30 2 * * *", "Europe/Berlin", october),
        ("15 2 * * sun", "America/New_York", START),
        ("0 9 * * 1-5", "Asia/Kolkata", START),
        ("45 2 * * *", "Australia/Sydney", april),
        ("0 0 1,15 * 5", "Australia/Lord_Howe", START),
        ("*/7 * * * *", "America/St_Johns", START),
    ] {
        let c = Cron::parse(cron).unwrap();
        let expected = brute(&c, zone, after, 6, 60);
        assert_eq!(ours(&c, zone, after, 6), expected, "{cron} in {zone}");
    }
    // The 29th of February: once in four years.
    let leap = Cron::parse("0 12 29 2 *").unwrap();
    assert_eq!(
        ours(&leap, "UTC", START, 2),
        [1_835_438_400, 1_961_668_800] // 2028-02-29 and 2032-02-29, 12:00Z
    );
    // Seconds.
    let c = Cron::parse("*/15 * * * * *").unwrap();
    assert_eq!(
        ours(&c, "Europe/Berlin", START + 7, 4),
        [START + 15, START + 30, START + 45, START + 60]
    );
}

#[test]
fn a_change_to_summer_time_moves_a_skipped_time_and_autumn_runs_once() {
    let berlin = Zone::named("Europe/Berlin").unwrap();
    let daily = Cron::parse("30 2 * * *").unwrap();
    // 2027-03-28 02:30 does not exist in Berlin: it runs at 03:30 CEST (01:30Z).
    let march = 1_806_192_000;
    assert_eq!(berlin.next(&daily, march - 3600), Some(march + 5400));
    // 2027-10-31 02:30 happens twice: once, at the first (00:30Z).
    let october_31 = 1_824_940_800;
    assert_eq!(
        berlin.next(&daily, october_31 - 3600),
        Some(october_31 + 1800)
    );
    assert_eq!(
        berlin.next(&daily, october_31 + 1800),
        Some(october_31 + 86_400 + 5400)
    );
    // A POSIX rule works as the name does; nonsense is refused with a hint.
    assert_eq!(Zone::named("CET-1CEST,M3.5.0,M10.5.0/3"), Ok(berlin));
    assert!(
        Zone::named("Mars/Olympus")
            .unwrap_err()
            .contains("IANA name")
    );
    // A date that never comes.
    let never = Cron::parse("0 0 31 2 *").unwrap();
    assert_eq!(Zone::named("UTC").unwrap().next(&never, START), None);
}

proptest::proptest! {
    /// Any text as a cron expression or a time zone: refused with a reason or read, never a
    /// panic; a read expression's next time never panics either.
    #[test]
    fn any_text_is_read_or_refused(cron in "[-0-9*/,a-z ]{0,40}", zone in "[-+<>:,./0-9A-Za-z]{0,40}", after in 0i64..4_000_000_000) {
        let zone = Zone::named(&zone);
        if let (Ok(cron), Ok(zone)) = (Cron::parse(&cron), zone) {
            let _ = zone.next(&cron, after);
        }
    }
}
