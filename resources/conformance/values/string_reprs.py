# repr of strings with quotes, escapes and non-ASCII characters, and of bytes.
for s in ["plain", "it's", 'say "hi"', 'both \' and "', 'tab\there', 'new\nline', 'back\\slash', '\x00\x7f', 'é Ω 😀', '\u200b']:
    print(repr(s))
print(repr(b'abc\x00\xff'), repr(b"it's"), ascii('é'), repr(bytearray(b'xy')))
print(str(['a', "b'c", 1.0, None, True]))
