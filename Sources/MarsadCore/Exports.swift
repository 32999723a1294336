@_exported import MarsadText
