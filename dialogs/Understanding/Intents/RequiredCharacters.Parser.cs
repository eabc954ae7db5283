using System.Globalization;

namespace ConciergeBot.Dialogs.Understanding.Intents;

internal static partial class RequiredCharacters
{
    /// <summary>
    /// Reads a pattern into, for each part, the choices of required sets: a sequence requires each of its items' sets
    /// (any one of them is a valid prefilter), an alternation the union of one set per branch, an optional item or a
    /// zero-width one nothing. Throws <see cref="NotSupportedException"/> on syntax it does not know.
    /// </summary>
    private sealed class Parser(string pattern)
    {
        /// <summary>A class larger than this (a wide range) is taken as requiring nothing.</summary>
        private const int LargestClass = 256;

        private int _at;

        public List<HashSet<char>> ParseWhole()
        {
            var result = Alternation();
            if (_at != pattern.Length)
            {
                throw new NotSupportedException($"unexpected '{pattern[_at]}' at {_at}");
            }

            return result;
        }

        private bool More => _at < pattern.Length;

        private char Peek => pattern[_at];

        private List<HashSet<char>> Alternation()
        {
            var branches = new List<List<HashSet<char>>> { Sequence() };
            while (More && Peek == '|')
            {
                _at++;
                branches.Add(Sequence());
            }

            return Union(branches);
        }

        private List<HashSet<char>> Sequence()
        {
            var choices = new List<HashSet<char>>();
            while (More && Peek is not ('|' or ')'))
            {
                var atom = Atom();
                if (Quantifier() is not 0)
                {
                    choices.AddRange(atom);
                }
            }

            return choices;
        }

        /// <summary>The smallest count the quantifier after an atom allows (1 when there is none).</summary>
        private int Quantifier()
        {
            if (!More)
            {
                return 1;
            }

            int minimum;
            switch (Peek)
            {
                case '*' or '?':
                    minimum = 0;
                    _at++;
                    break;
                case '+':
                    minimum = 1;
                    _at++;
                    break;
                case '{' when Counted() is { } counted:
                    minimum = counted;
                    break;
                default:
                    return 1;
            }

            if (More && Peek == '?')
            {
                _at++; // lazy: the same counts
            }

            return minimum;
        }

        /// <summary><c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> at the cursor: its n, the cursor moved past it; null (cursor kept) otherwise.</summary>
        private int? Counted()
        {
            var end = pattern.IndexOf('}', _at);
            if (end < 0)
            {
                return null;
            }

            var body = pattern.AsSpan(_at + 1, end - _at - 1);
            var comma = body.IndexOf(',');
            var first = comma < 0 ? body : body[..comma];
            var rest = comma < 0 ? [] : body[(comma + 1)..];
            if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var minimum)
                || (rest.Length > 0 && !int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                return null;
            }

            _at = end + 1;
            return minimum;
        }

        private List<HashSet<char>> Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return Class() is { } members ? [members] : [];
                case '\\':
                    return Escape() is { } escaped ? [[escaped]] : [];
                case '.' or '^' or '$':
                    return [];
                case '*' or '+' or '?' or ')' or '{':
                    throw new NotSupportedException($"'{c}' at {_at - 1}");
                default:
                    return [[c]];
            }
        }

        private List<HashSet<char>> Group()
        {
            var zeroWidth = false;
            if (More && Peek == '?')
            {
                _at++;
                if (Take("<=") || Take("<!") || Take("=") || Take("!"))
                {
                    zeroWidth = true;
                }
                else if (!Take(":") && !Take(">"))
                {
                    throw new NotSupportedException($"group construct at {_at}");
                }
            }

            var inner = Alternation();
            if (!More || Peek != ')')
            {
                throw new NotSupportedException("unclosed group");
            }

            _at++;
            return zeroWidth ? [] : inner;
        }

        private bool Take(string text)
        {
            if (!pattern.AsSpan(_at).StartsWith(text, StringComparison.Ordinal))
            {
                return false;
            }

            _at += text.Length;
            return true;
        }

        /// <summary>The character an escape outside a class stands for; null when it matches no fixed character (\b, \d, \s).</summary>
        private char? Escape()
        {
            if (!More)
            {
                throw new NotSupportedException("pattern ends in a backslash");
            }

            var c = pattern[_at++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'Z' or 'z' or 'G' or 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                    return null;
                case 'p' or 'P':
                    var end = pattern.IndexOf('}', _at);
                    _at = end >= 0 ? end + 1 : throw new NotSupportedException("unclosed \\p{");
                    return null;
                default:
                    return Character(c);
            }
        }

        /// <summary>The members of a class; null when it is negated, too large, or holds a shorthand such as \d.</summary>
        private HashSet<char>? Class()
        {
            var negated = More && Peek == '^';
            if (negated)
            {
                _at++;
            }

            var members = new HashSet<char>();
            var known = true;
            var first = true;
            while (true)
            {
                if (!More)
                {
                    throw new NotSupportedException("unclosed class");
                }

                var c = pattern[_at++];
                if (c == ']' && !first)
                {
                    break;
                }

                first = false;
                char? low = c;
                if (c == '\\')
                {
                    low = ClassEscape();
                }
                else if (c == '-' && More && Peek == '[')
                {
                    throw new NotSupportedException("class subtraction");
                }

                if (low is not { } from)
                {
                    known = false;
                    continue;
                }

                if (More && Peek == '-' && _at + 1 < pattern.Length && pattern[_at + 1] != ']')
                {
                    _at++;
                    var high = pattern[_at++];
                    var to = high == '\\' ? ClassEscape() ?? throw new NotSupportedException("range to a shorthand") : high;
                    if (to < from)
                    {
                        throw new NotSupportedException("reversed range");
                    }

                    if (to - from >= LargestClass)
                    {
                        known = false;
                        continue;
                    }

                    for (var m = from; m <= to; m++)
                    {
                        members.Add(m);
                    }
                }
                else
                {
                    members.Add(from);
                }
            }

            return negated || !known || members.Count > LargestClass ? null : members;
        }

        /// <summary>The character an escape inside a class stands for; null for a shorthand (\d, \w, \s, \p{..}).</summary>
        private char? ClassEscape()
        {
            if (!More)
            {
                throw new NotSupportedException("class ends in a backslash");
            }

            var c = pattern[_at++];
            switch (c)
            {
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                    return null;
                case 'p' or 'P':
                    var end = pattern.IndexOf('}', _at);
                    _at = end >= 0 ? end + 1 : throw new NotSupportedException("unclosed \\p{");
                    return null;
                case 'b':
                    return '\b';
                default:
                    return Character(c);
            }
        }

        /// <summary>The literal an escape (backslash already read, <paramref name="c"/> after it) stands for.</summary>
        private char Character(char c)
        {
            switch (c)
            {
                case 't': return '\t';
                case 'n': return '\n';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'v': return '\v';
                case 'e': return '\u001B';
                case 'a': return '\a';
                case 'x': return Hex(2);
                case 'u': return Hex(4);
                default:
                    // Backreferences, octal, \c and any other letter or digit: not in the lexicon's syntax.
                    return char.IsAsciiLetterOrDigit(c) || c == '_' ? throw new NotSupportedException($"escape \\{c}") : c;
            }
        }

        private char Hex(int digits)
        {
            if (_at + digits > pattern.Length || !int.TryParse(pattern.AsSpan(_at, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                throw new NotSupportedException("short hexadecimal escape");
            }

            _at += digits;
            return (char)code;
        }
    }
}
