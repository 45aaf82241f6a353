import SlantText
