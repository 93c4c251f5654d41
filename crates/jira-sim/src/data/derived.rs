//! Values derived on demand from the seed and the issue id (comments, worklogs,
//! descriptions), so generating 100k issues stays fast and memory stays small.

use chrono::Duration;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::{Description, Issue, Site, Ts, pools};

fn rng_for(seed: u64, a: u64, salt: u64) -> ChaCha8Rng {
    // SplitMix-style mixing so neighbouring ids give unrelated streams.
    let mut z =
        seed ^ a.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ salt.wrapping_mul(0xD1B5_4A32_D192_ED03);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    ChaCha8Rng::seed_from_u64(z ^ (z >> 31))
}

/// The moment `i` of `n` evenly spread over the issue's life, strictly inside it.
fn spread(issue: &Issue, i: usize, n: usize) -> Ts {
    let span = (issue.updated - issue.created).num_milliseconds().max(0);
    let at = span * (i as i64 + 1) / (n as i64 + 1);
    issue.created + Duration::milliseconds(at)
}

fn author(site: &Site, issue: &Issue, rng: &mut ChaCha8Rng) -> usize {
    let members = &site.projects[issue.project].members;
    members.choose(rng).copied().unwrap_or(issue.reporter)
}

#[derive(Debug, Clone)]
pub(crate) struct DerivedComment {
    pub id: u64,
    pub author: usize,
    pub created: Ts,
    pub updated: Ts,
    pub text: String,
}

pub(crate) fn comments(site: &Site, issue: &Issue) -> Vec<DerivedComment> {
    let n = usize::from(issue.comments);
    (0..n)
        .map(|i| {
            let mut rng = rng_for(site.seed, issue.id, 1000 + i as u64);
            let created = spread(issue, i, n);
            let text = (*pools::COMMENTS.choose(&mut rng).expect("comments pool")).to_string();
            DerivedComment {
                id: issue.id * 1000 + i as u64,
                author: author(site, issue, &mut rng),
                created,
                updated: if rng.random_bool(0.1) {
                    created + Duration::minutes(rng.random_range(1..600))
                } else {
                    created
                }
                .min(issue.updated.max(created)),
                text,
            }
        })
        .collect()
}

#[derive(Debug, Clone)]
pub(crate) struct DerivedWorklog {
    pub id: u64,
    pub author: usize,
    pub started: Ts,
    pub created: Ts,
    pub seconds: u64,
    pub text: &'static str,
}

pub(crate) fn worklogs(site: &Site, issue: &Issue) -> Vec<DerivedWorklog> {
    let n = usize::from(issue.worklogs);
    (0..n)
        .map(|i| {
            let mut rng = rng_for(site.seed, issue.id, 5000 + i as u64);
            let created = spread(issue, i, n);
            let seconds = *[900u64, 1800, 3600, 5400, 7200, 14_400, 28_800]
                .choose(&mut rng)
                .expect("durations");
            DerivedWorklog {
                id: issue.id * 1000 + 500 + i as u64,
                author: author(site, issue, &mut rng),
                started: created - Duration::seconds(seconds as i64),
                created,
                seconds,
                text: pools::WORKLOG_COMMENTS
                    .choose(&mut rng)
                    .expect("worklog pool"),
            }
        })
        .collect()
}

pub(crate) fn time_spent(site: &Site, issue: &Issue) -> u64 {
    worklogs(site, issue).iter().map(|w| w.seconds).sum()
}

/// A tiny rich-text model rendered as ADF (v3) or wiki markup (v2).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Inline {
    Text(String),
    Strong(String),
    Code(String),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Block {
    Heading(String),
    Para(Vec<Inline>),
    Bullets(Vec<String>),
    Code(String),
}

pub(crate) fn description(site: &Site, issue: &Issue) -> Option<Vec<Block>> {
    match issue.description.as_ref()? {
        Description::Text(t) => Some(
            t.split("\n\n")
                .map(|p| Block::Para(vec![Inline::Text(p.to_string())]))
                .collect(),
        ),
        Description::Generated(v) => {
            let mut rng = rng_for(site.seed, u64::from(*v), 77);
            let mut blocks = vec![Block::Para(vec![
                Inline::Text("As a user I want ".into()),
                Inline::Strong(issue.summary.clone()),
                Inline::Text(" so that my work is not blocked.".into()),
            ])];
            if rng.random_bool(0.6) {
                blocks.push(Block::Heading("Steps".into()));
                let steps = rng.random_range(2..5);
                blocks.push(Block::Bullets(
                    (0..steps)
                        .map(|i| {
                            format!(
                                "Step {}: {}",
                                i + 1,
                                pools::SUMMARY_OBJECTS.choose(&mut rng).expect("pool")
                            )
                        })
                        .collect(),
                ));
            }
            if rng.random_bool(0.3) {
                blocks.push(Block::Code(
                    "curl -s \"$JIRA/rest/api/3/myself\" | jq .accountId".into(),
                ));
            }
            if rng.random_bool(0.15) {
                blocks.push(Block::Para(vec![
                    Inline::Text("Pasted from a ticket: ".into()),
                    Inline::Code(
                        (*pools::HOSTILE_SUMMARIES.choose(&mut rng).expect("pool")).to_string(),
                    ),
                ]));
            }
            Some(blocks)
        }
    }
}
