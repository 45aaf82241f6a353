import SlantMetrics
import SlantText
