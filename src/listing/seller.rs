//! How long a seller has been on the marketplace, from the words a page shows.

use super::simple_words;

/// Days since the seller joined, from a relative "joined" text: `Bergabung 3 hari lalu`,
/// `2 minggu`, `5 bulan lalu`, `1 tahun`, `joined 4 days ago`, `Penjual baru`, `hari ini`.
/// `None` for anything else (absolute dates need a clock, which the engine does not read).
pub fn age_days(text: &str) -> Option<u32> {
    let words = simple_words(text);
    if words.contains("penjual baru")
        || words.contains("new seller")
        || words.contains("baru bergabung")
        || words.contains("hari ini")
        || words.contains("today")
    {
        return Some(0);
    }
    let tokens: Vec<&str> = words.split(' ').collect();
    for pair in tokens.windows(2) {
        let Ok(n) = pair[0].parse::<u32>() else {
            continue;
        };
        let days_per = match pair[1] {
            "jam" | "menit" | "hour" | "hours" | "minute" | "minutes" => 0,
            "hari" | "day" | "days" => 1,
            "minggu" | "week" | "weeks" => 7,
            "bulan" | "bln" | "month" | "months" => 30,
            "tahun" | "thn" | "year" | "years" => 365,
            _ => continue,
        };
        return Some(n.saturating_mul(days_per));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_relative_join_dates() {
        assert_eq!(age_days("Bergabung 3 hari lalu"), Some(3));
        assert_eq!(age_days("Joined 2 weeks ago"), Some(14));
        assert_eq!(age_days("Bergabung sejak 4 tahun"), Some(1460));
        assert_eq!(age_days("Penjual Baru"), Some(0));
        assert_eq!(age_days("Bergabung Mar 2019"), None);
    }
}
