<?php
// Generates the conformance corpus: webhook bodies byte-for-byte as Nextcloud Talk sends them.
//
// Talk builds each hook as a PHP array and encodes it with json_encode() default flags
// (lib/Service/BotService.php); `object.content` is itself json_encode()d first. This script
// does exactly that, then signs `random . body` with hash_hmac('sha256', …, secret), so the
// corpus comes from PHP itself rather than from our own encoder.
//
//   php tests/corpus/generate.php            (re)writes tests/corpus/{*.json,manifest.json}
//   php tests/corpus/generate.php --check    exits 1 if a committed file differs
//
// Expectations in the manifest (`expect`) are written by hand from the protocol spec.

const SECRET = 'XWc7Lq2v9TzR4pKd8NfB3sHy6mJg1aUe5oYi0rVb';
const SPEC_RANDOM = 'Qx7/9kLmN2pRsT4vWy+Z1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789+/AbCdE';
const BACKEND = 'https://cloud.example.com/';
const BOT_ID = 'bots/bot-8f6f207172d80d995ab6276533cfca2def8a5756';

$target = ['type' => 'Collection', 'id' => 'n3xtc10ud', 'name' => 'Café world'];
$ada = ['type' => 'Person', 'id' => 'users/ada', 'name' => 'Ada Lovelace'];
$bob = ['type' => 'Person', 'id' => 'users/bob', 'name' => 'Bob Builder'];
$bobMention = ['type' => 'user', 'id' => 'bob', 'name' => 'Bob Builder', 'mention-id' => 'bob'];

function content(string $message, array $parameters): string {
    return json_encode(['message' => $message, 'parameters' => $parameters]);
}

function note(string $id, string $name, string $message, array $parameters): array {
    return ['type' => 'Note', 'id' => $id, 'name' => $name, 'content' => content($message, $parameters), 'mediaType' => 'text/markdown'];
}

function person(array $p, ?string $participantType = null): array {
    if ($participantType !== null) {
        $p['talkParticipantType'] = $participantType;
    }
    return $p;
}

/** A deterministic 64-character random from the base64 alphabet, like Talk's secure random. */
function random_for(string $name): string {
    return substr(base64_encode(hash('sha512', $name, true)), 0, 64);
}

$spec_create_note = note('1567', 'message', 'Hi {mention-user1}, see https://example.com 🚀', ['mention-user1' => $bobMention]);
$long = str_repeat("Grüße 👋🏽 aus Köln – ", 1600); // 32000 characters of mixed-width text
$long = implode('', array_slice(preg_split('//u', $long, -1, PREG_SPLIT_NO_EMPTY), 0, 32000)); // no mbstring needed

$cases = [];
$cases[] = ['name' => 'create-spec-a1', 'random' => SPEC_RANDOM,
    'hook' => ['type' => 'Create', 'actor' => person($ada, '1'), 'object' => $spec_create_note, 'target' => $target, 'published' => '2026-07-20T09:15:02+00:00'],
    'expect' => ['kind' => 'create', 'actor' => 'users/ada', 'token' => 'n3xtc10ud', 'message_id' => '1567',
        'rendered' => 'Hi @Bob Builder, see https://example.com 🚀', 'spec_signature' => '18d882bd70edc0d5cd06f7fe0ca43199b636f9227ca959b79c79ac5c9d181848']];
$cases[] = ['name' => 'join-spec-a2', 'random' => SPEC_RANDOM,
    'hook' => ['type' => 'Join', 'actor' => ['type' => 'Application', 'id' => BOT_ID, 'name' => 'Echo'], 'object' => $target, 'published' => '2026-07-20T09:14:00+00:00'],
    'expect' => ['kind' => 'join', 'actor' => BOT_ID, 'token' => 'n3xtc10ud', 'spec_signature' => 'a596af81b5fcbda2f5b8b84144d59aa9ae5da3a0b0a89bc662e640f27710d238']];
$cases[] = ['name' => 'leave',
    'hook' => ['type' => 'Leave', 'actor' => ['type' => 'Application', 'id' => BOT_ID, 'name' => 'Echo'], 'object' => $target, 'published' => '2026-07-20T10:00:00+00:00'],
    'expect' => ['kind' => 'leave', 'actor' => BOT_ID, 'token' => 'n3xtc10ud']];
$cases[] = ['name' => 'create-reply',
    'hook' => ['type' => 'Create', 'actor' => person($ada, '2'), 'object' => $spec_create_note + ['inReplyTo' => [
        'type' => 'Note', 'actor' => $bob, 'object' => note('1560', 'message', 'ping', [])]], 'target' => $target, 'published' => '2026-07-20T09:15:02+00:00'],
    'expect' => ['kind' => 'create', 'actor' => 'users/ada', 'reply_to' => '1560', 'reply_author' => 'users/bob', 'participant_type' => 2,
        'rendered' => 'Hi @Bob Builder, see https://example.com 🚀']];
$cases[] = ['name' => 'create-guest-emoji-slashes',
    'hook' => ['type' => 'Create', 'actor' => person(['type' => 'Person', 'id' => 'guests/5f2a9c0e1b7d4e3a', 'name' => 'Zoë 🦊'], '4'),
        'object' => note('1601', 'message', "Path C:\\tmp\\x and https://a.b/c?d=e&f=g \"quoted\" <b>tag</b>\n\tnext line 👍🏽👨‍👩‍👧 ❤️", []),
        'target' => $target, 'published' => '2026-07-20T09:30:00+00:00'],
    'expect' => ['kind' => 'create', 'actor' => 'guests/5f2a9c0e1b7d4e3a', 'actor_kind' => 'guests', 'participant_type' => 4,
        'rendered' => "Path C:\\tmp\\x and https://a.b/c?d=e&f=g \"quoted\" <b>tag</b>\n\tnext line 👍🏽👨‍👩‍👧 ❤️"]];
$cases[] = ['name' => 'create-federated-mentions',
    'hook' => ['type' => 'Create', 'actor' => person(['type' => 'Person', 'id' => 'federated_users/carol@other.example.org', 'name' => 'Carol'], '3'),
        'object' => note('1602', 'message', '{mention-federated-user1} {mention-group1} {mention-team1} {mention-call1} {mention-email1} hello', [
            'mention-federated-user1' => ['type' => 'user', 'id' => 'dave', 'name' => 'Dave', 'server' => 'https://other.example.org', 'mention-id' => 'federated_user/dave@other.example.org'],
            'mention-group1' => ['type' => 'user-group', 'id' => 'admins', 'name' => 'Admins', 'mention-id' => 'group/admins'],
            'mention-team1' => ['type' => 'circle', 'id' => 'c1rc1e', 'name' => 'Team Rocket', 'link' => 'https://cloud.example.com/apps/contacts/circle/c1rc1e', 'mention-id' => 'team/c1rc1e'],
            'mention-call1' => ['type' => 'call', 'id' => 'n3xtc10ud', 'name' => 'Café world', 'call-type' => 'group', 'icon-url' => 'https://cloud.example.com/avatar', 'mention-id' => 'all'],
            'mention-email1' => ['type' => 'email', 'id' => 'e1', 'name' => 'eve@example.org', 'mention-id' => 'email/e1'],
        ]), 'target' => $target, 'published' => '2026-07-20T09:31:00+00:00'],
    'expect' => ['kind' => 'create', 'actor' => 'federated_users/carol@other.example.org', 'actor_kind' => 'federated-users',
        'rendered' => '@Dave @Admins @Team Rocket @Café world @eve@example.org hello']];
$cases[] = ['name' => 'create-command-escape',
    'hook' => ['type' => 'Create', 'actor' => person($bob, '3'), 'object' => note('1603', 'message', '//help me', []), 'target' => $target, 'published' => '2026-07-20T09:32:00+00:00'],
    'expect' => ['kind' => 'create', 'rendered' => '/help me']];
$cases[] = ['name' => 'create-typed-bot-mention',
    'hook' => ['type' => 'Create', 'actor' => person($bob, '3'), 'object' => note('1604', 'message', '@talkbot, what does {mention-user1} think?', ['mention-user1' => ['type' => 'user', 'id' => 'ada', 'name' => 'Ada Lovelace', 'mention-id' => 'ada']]), 'target' => $target, 'published' => '2026-07-20T09:33:00+00:00'],
    'expect' => ['kind' => 'create', 'rendered' => '@talkbot, what does @Ada Lovelace think?', 'mentioned' => true, 'addressed' => "what does @\u{200B}Ada Lovelace think?"]];
$cases[] = ['name' => 'create-no-published-unknown-placeholder',
    'hook' => ['type' => 'Create', 'actor' => $ada, 'object' => note('1605', 'message', 'Unknown {thing} stays, {mention-user1} too', []), 'target' => $target],
    'expect' => ['kind' => 'create', 'published' => null, 'rendered' => 'Unknown {thing} stays, {mention-user1} too']];
$cases[] = ['name' => 'create-rtl-combining',
    'hook' => ['type' => 'Create', 'actor' => person(['type' => 'Person', 'id' => 'users/nour', 'name' => 'نور'], '3'), 'object' => note('1606', 'message', "مرحبا بالعالم\ne\u{0301}le\u{0300}ve \u{FFFD} \u{10FFFF}", []), 'target' => $target, 'published' => '2026-07-20T09:34:00+00:00'],
    'expect' => ['kind' => 'create', 'rendered' => "مرحبا بالعالم\ne\u{0301}le\u{0300}ve \u{FFFD} \u{10FFFF}"]];
$cases[] = ['name' => 'create-long-32000',
    'hook' => ['type' => 'Create', 'actor' => person($ada, '3'), 'object' => note('1607', 'message', $long, []), 'target' => $target, 'published' => '2026-07-20T09:35:00+00:00'],
    'expect' => ['kind' => 'create', 'rendered_chars' => 32000]];
$cases[] = ['name' => 'activity-call-started',
    'hook' => ['type' => 'Activity', 'actor' => $ada, 'object' => note('1570', 'call_started', '{actor} started a call', ['actor' => ['type' => 'user', 'id' => 'ada', 'name' => 'Ada Lovelace']]), 'target' => $target, 'published' => '2026-07-20T09:20:00+00:00'],
    'expect' => ['kind' => 'activity', 'message_name' => 'call_started', 'rendered' => 'Ada Lovelace started a call']];
$file = ['type' => 'file', 'id' => '4711', 'name' => 'Quarterly report.pdf', 'size' => 284731, 'path' => 'Talk/Quarterly report.pdf',
    'link' => 'https://cloud.example.com/f/4711', 'etag' => 'a1b2c3', 'permissions' => 27, 'mimetype' => 'application/pdf', 'preview-available' => 'yes', 'width' => 1240, 'height' => 1754];
$cases[] = ['name' => 'activity-file-share',
    'hook' => ['type' => 'Activity', 'actor' => $bob, 'object' => note('1571', 'message', "{file}", ['actor' => ['type' => 'user', 'id' => 'bob', 'name' => 'Bob Builder'], 'file' => $file]), 'target' => $target, 'published' => '2026-07-20T09:21:00+00:00'],
    'expect' => ['kind' => 'activity', 'message_name' => 'message', 'rendered' => 'Quarterly report.pdf (https://cloud.example.com/f/4711)', 'json_field' => 'size']];
$cases[] = ['name' => 'activity-file-caption-pre23',
    'hook' => ['type' => 'Activity', 'actor' => $bob, 'object' => note('1572', '', "Here you go: {file}", ['file' => ['type' => 'file', 'id' => '4712', 'name' => 'cat.jpg', 'link' => 'https://cloud.example.com/f/4712']]), 'target' => $target, 'published' => '2026-07-20T09:22:00+00:00'],
    'expect' => ['kind' => 'activity', 'message_name' => '', 'rendered' => 'Here you go: cat.jpg (https://cloud.example.com/f/4712)']];
$cases[] = ['name' => 'activity-deleted-user',
    'hook' => ['type' => 'Activity', 'actor' => ['type' => 'Person', 'id' => 'deleted_users/deleted_users', 'name' => ''], 'object' => note('1573', 'message_deleted', 'Message deleted by author', []), 'target' => $target, 'published' => '2026-07-20T09:23:00+00:00'],
    'expect' => ['kind' => 'activity', 'actor_kind' => 'deleted-users', 'message_name' => 'message_deleted']];
$cases[] = ['name' => 'like',
    'hook' => ['type' => 'Like', 'actor' => $bob, 'object' => note('1567', '', 'Hi {mention-user1}, see https://example.com 🚀', ['mention-user1' => $bobMention]), 'target' => $target, 'content' => '👍', 'published' => '2026-07-20T09:16:40+00:00'],
    'expect' => ['kind' => 'like', 'actor' => 'users/bob', 'reaction' => '👍', 'message_name' => '', 'message_id' => '1567']];
$cases[] = ['name' => 'like-null-published',
    'hook' => ['type' => 'Like', 'actor' => $bob, 'object' => note('1567', '', 'ping', []), 'target' => $target, 'content' => '❤️', 'published' => null],
    'expect' => ['kind' => 'like', 'reaction' => '❤️', 'published' => null]];
$cases[] = ['name' => 'undo',
    'hook' => ['type' => 'Undo', 'actor' => $bob, 'object' => ['type' => 'Like', 'actor' => $ada, 'object' => note('1567', '', 'Hi {mention-user1}, see https://example.com 🚀', ['mention-user1' => $bobMention]), 'target' => $target, 'content' => '👍'], 'target' => $target, 'published' => '2026-07-20T09:17:05+00:00'],
    'expect' => ['kind' => 'undo', 'actor' => 'users/bob', 'reaction' => '👍', 'message_author' => 'users/ada']];
$cases[] = ['name' => 'create-bridged-email',
    'hook' => ['type' => 'Create', 'actor' => person(['type' => 'Person', 'id' => 'emails/0c7a5e', 'name' => 'eve@example.org'], '4'), 'object' => note('1608', 'message', 'Hello from e-mail', []), 'target' => ['type' => 'Collection', 'id' => 'abcd', 'name' => 'x'], 'published' => '2026-07-20T09:36:00+00:00'],
    'expect' => ['kind' => 'create', 'actor_kind' => 'emails', 'token' => 'abcd']];

$dir = __DIR__;
$check = in_array('--check', $argv, true);
$manifest = [];
$failed = false;
foreach ($cases as $case) {
    $body = json_encode($case['hook']);
    $random = $case['random'] ?? random_for($case['name']);
    $signature = hash_hmac('sha256', $random . $body, SECRET);
    if (isset($case['expect']['spec_signature']) && $case['expect']['spec_signature'] !== $signature) {
        fwrite(STDERR, "{$case['name']}: signature $signature differs from the spec's\n");
        $failed = true;
    }
    $file = "{$case['name']}.json";
    $manifest[] = ['name' => $case['name'], 'file' => $file, 'random' => $random, 'signature' => $signature,
        'backend' => BACKEND, 'bytes' => strlen($body), 'expect' => $case['expect']];
    $outputs[$file] = $body;
}
$outputs['manifest.json'] = json_encode(['secret' => SECRET, 'bot_actor_id' => BOT_ID, 'cases' => $manifest],
    JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n";
foreach ($outputs as $file => $bytes) {
    $path = "$dir/$file";
    if ($check) {
        if (!file_exists($path) || file_get_contents($path) !== $bytes) {
            fwrite(STDERR, "$file differs from what PHP's json_encode produces\n");
            $failed = true;
        }
    } else {
        file_put_contents($path, $bytes);
    }
}
exit($failed ? 1 : 0);
