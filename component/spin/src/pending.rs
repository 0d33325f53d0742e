//! The requests of a job still to send, as JSON in its row: the signed bytes are kept and
//! sent again as they are (Talk does not reject a random being reused), so a retry needs no
//! secret and no re-signing.

use crate::nextcloud::talk_bot::bot_api::{BotRequest, Chunk, HttpMethod, SendOptions};

/// A bot-API request as stored between attempts (the same bytes are sent again: Talk does
/// not reject a signature's random being reused).
#[derive(serde::Serialize, serde::Deserialize)]
struct Stored {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
    body: String,
    chunk: Option<StoredChunk>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct StoredChunk {
    index: u32,
    text: String,
    reply_to: Option<u64>,
    reference_id: Option<String>,
    silent: bool,
    thread_id: Option<u64>,
    thread_title: Option<String>,
    max_length: Option<u32>,
}

impl From<&BotRequest> for Stored {
    fn from(r: &BotRequest) -> Stored {
        Stored {
            method: match r.method {
                HttpMethod::Get => "GET",
                HttpMethod::Post => "POST",
                HttpMethod::Delete => "DELETE",
            }
            .into(),
            url: r.url.clone(),
            headers: r.headers.clone(),
            body: r.body.clone(),
            chunk: r.chunk.as_ref().map(|c| StoredChunk {
                index: c.index,
                text: c.text.clone(),
                reply_to: c.options.reply_to,
                reference_id: c.options.reference_id.clone(),
                silent: c.options.silent,
                thread_id: c.options.thread_id,
                thread_title: c.options.thread_title.clone(),
                max_length: c.options.max_length,
            }),
        }
    }
}

impl From<Stored> for BotRequest {
    fn from(s: Stored) -> BotRequest {
        BotRequest {
            method: match s.method.as_str() {
                "GET" => HttpMethod::Get,
                "DELETE" => HttpMethod::Delete,
                _ => HttpMethod::Post,
            },
            url: s.url,
            headers: s.headers,
            body: s.body,
            chunk: s.chunk.map(|c| Chunk {
                index: c.index,
                text: c.text,
                options: SendOptions {
                    reply_to: c.reply_to,
                    reference_id: c.reference_id,
                    silent: c.silent,
                    thread_id: c.thread_id,
                    thread_title: c.thread_title,
                    max_length: c.max_length,
                },
            }),
        }
    }
}

pub fn encode(requests: &[BotRequest]) -> String {
    let stored: Vec<Stored> = requests.iter().map(Stored::from).collect();
    serde_json::to_string(&stored).unwrap_or_else(|_| "[]".into())
}

pub fn decode(pending: &str) -> Vec<BotRequest> {
    serde_json::from_str::<Vec<Stored>>(pending)
        .unwrap_or_default()
        .into_iter()
        .map(BotRequest::from)
        .collect()
}
