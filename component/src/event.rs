//! Decoding webhook bodies into [`Event`]s.
//!
//! Strict on what carries meaning (types, ids, `content`), lenient on what is cosmetic
//! (a missing display name becomes ""): Talk versions differ in the details, and a bot should
//! not drop a message because a name is absent. Ids sent as numbers are accepted as strings.

use crate::json::Json;
use crate::{
    Actor, ActorKind, Conversation, Event, EventKind, Message, QuotedMessage, RichField,
    RichObject, UndoneReaction, WebhookError,
};

/// Decode a webhook body (no signature check).
pub fn parse(body: &[u8]) -> Result<Event, WebhookError> {
    let text =
        std::str::from_utf8(body).map_err(|e| WebhookError::NotUtf8(e.valid_up_to() as u64))?;
    let root = Json::parse(text).map_err(|e| WebhookError::InvalidJson(e.to_string()))?;
    let root = Node {
        value: &root,
        path: String::new(),
    };
    root.expect_object()?;
    let type_node = root.field("type")?;
    let event_type = type_node.string()?;
    if !matches!(
        event_type,
        "Create" | "Activity" | "Like" | "Undo" | "Join" | "Leave"
    ) {
        return Err(WebhookError::UnknownEventType(event_type.to_string()));
    }
    let actor = actor(&root.field("actor")?)?;
    let published = root
        .optional("published")?
        .map(|n| n.string().map(str::to_string))
        .transpose()?;
    let (kind, conversation, message) = match event_type {
        "Create" | "Activity" => {
            let object = root.field("object")?;
            let kind = if event_type == "Create" {
                let in_reply_to = match object.optional("inReplyTo")? {
                    None => None,
                    Some(reply) => Some(QuotedMessage {
                        author: self::actor(&reply.field("actor")?)?,
                        message: self::message(&reply.field("object")?)?,
                    }),
                };
                EventKind::Create(in_reply_to)
            } else {
                EventKind::Activity
            };
            (
                kind,
                conversation(&root.field("target")?)?,
                Some(self::message(&object)?),
            )
        }
        "Like" => {
            let reaction = root.field("content")?.string()?.to_string();
            (
                EventKind::Like(reaction),
                conversation(&root.field("target")?)?,
                Some(self::message(&root.field("object")?)?),
            )
        }
        "Undo" => {
            // Undo wraps the Like it revokes: {"type":"Like","actor":<author>,"object":<note>,…,"content":<emoji>}.
            let like = root.field("object")?;
            let like_type = like.field("type")?;
            if like_type.string()? != "Like" {
                return Err(like_type.invalid(&format!(
                    "expected \"Like\", found \"{}\"",
                    like_type.string()?
                )));
            }
            let undone = UndoneReaction {
                reaction: like.field("content")?.string()?.to_string(),
                message_author: self::actor(&like.field("actor")?)?,
            };
            (
                EventKind::Undo(undone),
                conversation(&root.field("target")?)?,
                Some(self::message(&like.field("object")?)?),
            )
        }
        "Join" => (EventKind::Join, conversation(&root.field("object")?)?, None),
        "Leave" => (
            EventKind::Leave,
            conversation(&root.field("object")?)?,
            None,
        ),
        other => return Err(WebhookError::UnknownEventType(other.to_string())),
    };
    Ok(Event {
        kind,
        actor,
        conversation,
        message,
        published,
    })
}

/// A JSON value and its path from the root, for error messages such as `object.content`.
struct Node<'a> {
    value: &'a Json,
    path: String,
}

impl<'a> Node<'a> {
    fn invalid(&self, why: &str) -> WebhookError {
        let path = if self.path.is_empty() {
            "(root)"
        } else {
            &self.path
        };
        WebhookError::InvalidField(format!("{path}: {why}"))
    }

    fn child_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn expect_object(&self) -> Result<(), WebhookError> {
        match self.value {
            Json::Object(_) => Ok(()),
            other => Err(self.invalid(&format!("expected an object, found {}", other.kind()))),
        }
    }

    /// A member that must be present (and not null).
    fn field(&self, key: &str) -> Result<Node<'a>, WebhookError> {
        self.optional(key)?
            .ok_or_else(|| WebhookError::InvalidField(format!("{}: missing", self.child_path(key))))
    }

    /// A member that may be absent or null.
    fn optional(&self, key: &str) -> Result<Option<Node<'a>>, WebhookError> {
        self.expect_object()?;
        Ok(match self.value.get(key) {
            None | Some(Json::Null) => None,
            Some(value) => Some(Node {
                value,
                path: self.child_path(key),
            }),
        })
    }

    fn string(&self) -> Result<&'a str, WebhookError> {
        match self.value {
            Json::String(s) => Ok(s),
            other => Err(self.invalid(&format!("expected a string, found {}", other.kind()))),
        }
    }

    /// A string, or a number taken as its text (ids).
    fn id(&self) -> Result<String, WebhookError> {
        match self.value {
            Json::String(s) => Ok(s.clone()),
            Json::Number(n) => Ok(n.clone()),
            other => Err(self.invalid(&format!("expected a string id, found {}", other.kind()))),
        }
    }

    /// A message id: a decimal number, as a JSON number or a string.
    fn message_id(&self) -> Result<u64, WebhookError> {
        let text = self.id()?;
        let digits =
            !text.is_empty() && text.len() <= 20 && text.bytes().all(|b| b.is_ascii_digit());
        digits
            .then(|| text.parse::<u64>().ok())
            .flatten()
            .ok_or_else(|| {
                self.invalid(&format!("'{text}' is not a message id (a decimal number)"))
            })
    }

    /// An optional string member; absent or null gives "".
    fn string_or_empty(&self, key: &str) -> Result<String, WebhookError> {
        Ok(match self.optional(key)? {
            Some(node) => node.string()?.to_string(),
            None => String::new(),
        })
    }
}

fn actor(node: &Node<'_>) -> Result<Actor, WebhookError> {
    node.expect_object()?;
    let raw_id = node.field("id")?.string()?.to_string();
    let (kind, id) = match raw_id.split_once('/') {
        Some((prefix, id)) => (actor_kind(prefix), id.to_string()),
        None => (ActorKind::Other(String::new()), raw_id.clone()),
    };
    let participant_type =
        match node.optional("talkParticipantType")? {
            None => None,
            Some(t) => {
                let text = t.id()?;
                Some(text.parse::<u8>().map_err(|_| {
                    t.invalid(&format!("'{text}' is not a participant type number"))
                })?)
            }
        };
    Ok(Actor {
        kind,
        id,
        raw_id,
        name: node.string_or_empty("name")?,
        participant_type,
    })
}

fn actor_kind(prefix: &str) -> ActorKind {
    match prefix {
        "users" => ActorKind::Users,
        "guests" => ActorKind::Guests,
        "emails" => ActorKind::Emails,
        "federated_users" => ActorKind::FederatedUsers,
        "bots" => ActorKind::Bots,
        "bridged" => ActorKind::Bridged,
        "deleted_users" => ActorKind::DeletedUsers,
        other => ActorKind::Other(other.to_string()),
    }
}

fn conversation(node: &Node<'_>) -> Result<Conversation, WebhookError> {
    node.expect_object()?;
    let id = node.field("id")?;
    let token = id.id()?;
    // Talk's bot API routes only match `[a-z0-9]{4,30}` (BotController's route requirements):
    // an event from any other "conversation" could never be answered, so it is refused here,
    // once for every host. The token itself is not echoed: it may hold control characters.
    if !crate::botapi::is_token(&token) {
        return Err(id.invalid(&format!(
            "not a conversation token ({} bytes; Talk's tokens are 4 to 30 characters of a-z and 0-9)",
            token.len()
        )));
    }
    Ok(Conversation {
        token,
        name: node.string_or_empty("name")?,
    })
}

/// A Note: a chat or system message with its double-encoded `content`.
fn message(node: &Node<'_>) -> Result<Message, WebhookError> {
    node.expect_object()?;
    let id = node.field("id")?.message_id()?;
    let content_node = node.field("content")?;
    let content_json = content_node.string()?.to_string();
    let (template, parameters) = content(&content_json)?;
    Ok(Message {
        id,
        name: node.string_or_empty("name")?,
        template,
        parameters,
        media_type: node.string_or_empty("mediaType")?,
        content_json,
    })
}

/// Decode `object.content`: `{"message": string, "parameters": {key: rich object} | []}`.
fn content(text: &str) -> Result<(String, Vec<RichObject>), WebhookError> {
    let bad = |why: String| WebhookError::InvalidContent(why);
    let value = Json::parse(text).map_err(|e| bad(format!("not JSON: {e}")))?;
    let Json::Object(_) = value else {
        return Err(bad(format!("expected an object, found {}", value.kind())));
    };
    let template = match value.get("message") {
        Some(Json::String(s)) => s.clone(),
        Some(other) => {
            return Err(bad(format!(
                "message: expected a string, found {}",
                other.kind()
            )));
        }
        None => return Err(bad("message: missing".to_string())),
    };
    let parameters = match value.get("parameters") {
        None | Some(Json::Null) => Vec::new(),
        // PHP encodes an empty map as [].
        Some(Json::Array(items)) if items.is_empty() => Vec::new(),
        Some(Json::Object(members)) => members
            .iter()
            .map(|(key, value)| rich_object(key, value))
            .collect::<Result<Vec<_>, _>>()?,
        Some(other) => {
            return Err(bad(format!(
                "parameters: expected an object or [], found {}",
                other.kind()
            )));
        }
    };
    Ok((template, parameters))
}

fn rich_object(key: &str, value: &Json) -> Result<RichObject, WebhookError> {
    let Json::Object(members) = value else {
        return Err(WebhookError::InvalidContent(format!(
            "parameters.{key}: expected an object, found {}",
            value.kind()
        )));
    };
    let mut object = RichObject {
        key: key.to_string(),
        object_type: String::new(),
        id: String::new(),
        name: String::new(),
        fields: Vec::new(),
    };
    for (name, value) in members {
        let (text, is_json) = match value {
            Json::String(s) => (s.clone(), false),
            other => (other.to_compact(), true),
        };
        match (name.as_str(), is_json) {
            ("type", false) => object.object_type = text,
            ("id", _) => object.id = text,
            ("name", false) => object.name = text,
            _ => object.fields.push(RichField {
                name: name.clone(),
                value: text,
                is_json,
            }),
        }
    }
    Ok(object)
}
