package dev.folio.highlight;

import dev.folio.layout.Role;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/** RSyntaxTextArea's token types as folio's roles. */
final class TokenRoles {
    private TokenRoles() {}

    /** The role of a token type, or null for text shown as plain code (identifiers, spaces, separators). */
    static Role of(int type) {
        return switch (type) {
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                    TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> Role.CODE_COMMENT;
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2 -> Role.CODE_KEYWORD;
            case TokenTypes.FUNCTION -> Role.CODE_FUNCTION;
            case TokenTypes.LITERAL_BOOLEAN, TokenTypes.MARKUP_ENTITY_REFERENCE -> Role.CODE_CONSTANT;
            case TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT,
                    TokenTypes.LITERAL_NUMBER_HEXADECIMAL, TokenTypes.ERROR_NUMBER_FORMAT -> Role.CODE_NUMBER;
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                    TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE, TokenTypes.MARKUP_CDATA,
                    TokenTypes.ERROR_STRING_DOUBLE, TokenTypes.ERROR_CHAR -> Role.CODE_STRING;
            case TokenTypes.DATA_TYPE -> Role.CODE_TYPE;
            case TokenTypes.VARIABLE -> Role.CODE_VARIABLE;
            case TokenTypes.REGEX -> Role.CODE_REGEX;
            case TokenTypes.ANNOTATION -> Role.CODE_ANNOTATION;
            case TokenTypes.PREPROCESSOR, TokenTypes.MARKUP_DTD, TokenTypes.MARKUP_PROCESSING_INSTRUCTION,
                    TokenTypes.MARKUP_CDATA_DELIMITER -> Role.CODE_PREPROCESSOR;
            case TokenTypes.OPERATOR -> Role.CODE_OPERATOR;
            case TokenTypes.MARKUP_TAG_DELIMITER, TokenTypes.MARKUP_TAG_NAME -> Role.CODE_TAG;
            case TokenTypes.MARKUP_TAG_ATTRIBUTE -> Role.CODE_ATTRIBUTE;
            default -> null;
        };
    }
}
